using Dapper;
using Npgsql;
using NodaTime;
using Waardering.Data.Contact;
using Waardering.Data.Mail;
using Waardering.Data.Outbox;
using Waardering.Data.Schemes;
using Waardering.Domain;
using Waardering.Domain.Requests;
using Waardering.Domain.Schemes;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Decisions;

/// <summary>
/// The "decision" mail: approved with the amounts and their basis, waiting for budget, or rejected
/// with the rule and the reason in plain words; a decision with its date and the objection clause.
/// To whoever applied and to caregivers who agreed to contact, like the confirmation.
/// </summary>
public static class DecisionMails
{
    public static async Task WriteAsync(NpgsqlTransaction transaction, OutboxWriter outbox, Guid requestId, RequestStatus status,
        string? reasonCode, string? reason, string publicBaseUrl, Instant now, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        var r = await connection.QuerySingleAsync<DecidedRequest>(new CommandDefinition("""
                select r.reference, r.language, r.submitted_by, r.recipient_name, r.recipient_email, s.municipality_code as municipality,
                    m.name as municipality_name, s.year, r.granted_at is not null as granted, s.base_amount_cents, r.unit_amount_cents,
                    s.split_mode, s.objection_name, s.objection_line, s.objection_postcode, s.objection_city
                from requests r join schemes s on s.id = r.scheme_id join municipalities m on m.code = s.municipality_code
                where r.id = @requestId
                """, new { requestId }, transaction, cancellationToken: cancellationToken));
        var grounds = new DecisionGrounds(AmsterdamTime.DateOf(now), new Money(r.BaseAmountCents), new Money(r.UnitAmountCents),
            Codes.Parse<SplitMode>(r.SplitMode),
            ObjectionAddressRecord.FromColumns(r.ObjectionName, r.ObjectionLine, r.ObjectionPostcode, r.ObjectionCity));
        var caregivers = (await connection.QueryAsync<(int Position, string Name, string? Email, bool Consent, long Amount)>(
            new CommandDefinition("""
                select position, name, email, consent_to_contact, amount_cents from request_caregivers
                where request_id = @requestId order by position
                """, new { requestId }, transaction, cancellationToken: cancellationToken))).ToList();

        var addressees = new List<(string Address, string Name, CaregiverMailing? Mailing)>();
        var submittedBy = Codes.Parse<Applicant>(r.SubmittedBy);
        if (submittedBy == Applicant.Recipient && r.RecipientEmail is { } own)
        {
            addressees.Add((own, r.RecipientName, null));
        }

        foreach (var c in caregivers)
        {
            var applicant = submittedBy == Applicant.Caregiver && c.Position == 1;
            if (c.Email is null || !(c.Consent || applicant) ||
                addressees.Any(a => string.Equals(a.Address, c.Email, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var mailing = await ConsentLinks.ForCaregiverAsync(transaction, requestId, c.Position, applicant, publicBaseUrl, r.Language, now,
                cancellationToken);
            if (mailing.MayMail)
            {
                addressees.Add((c.Email, c.Name, mailing));
            }
        }

        DecisionMail Model(string name, string? withdrawUrl) =>
            DecisionMail.For(r.Language, name, r.Reference, r.MunicipalityName, r.Year,
                approved: status == RequestStatus.Approved, waitingForBudget: status == RequestStatus.WaitingForBudget, granted: r.Granted, reasonCode, reason,
                caregivers.Select(c => (c.Name, new Money(c.Amount))), withdrawUrl, grounds);
        foreach (var (address, name, mailing) in addressees)
        {
            await outbox.AddAsync(transaction, new OutboxMail(DecisionMail.Template, r.Language, r.Municipality, address, name,
                Model(name, mailing?.WithdrawUrl), requestId, mailing?.RegisterId), cancellationToken);
        }

        // The one who applied without an e-mail address gets the decision on paper: a decision must reach its addressee (Awb 3:41).
        if (await Letters.LetterAddressees.ApplicantAsync(transaction, requestId, cancellationToken) is { } paper)
        {
            await Letters.LetterWriter.AddAsync(transaction, new Letters.OutboxLetter(DecisionMail.Template, r.Language, r.Municipality,
                paper.Name, paper.Address, Model(paper.Name, null), requestId), now, cancellationToken);
        }
    }

    private sealed record DecidedRequest(
        string Reference, string Language, string SubmittedBy, string RecipientName, string? RecipientEmail, string Municipality,
        string MunicipalityName, int Year, bool Granted, long BaseAmountCents, long UnitAmountCents, string SplitMode,
        string? ObjectionName, string? ObjectionLine, string? ObjectionPostcode, string? ObjectionCity);
}
