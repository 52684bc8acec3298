using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Payouts;
using Waardering.Data.Privacy;
using Waardering.Domain;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.PersonalData;

/// <summary>Whom staff look up: a BSN (as recipient) or an e-mail address (as recipient or caregiver).</summary>
public sealed record PersonLookup(Bsn? Bsn, string? Email);

/// <summary>
/// A person's rights to see and to be forgotten (GDPR articles 15 and 17), exercised by staff.
/// Erasure stops where the law needs the data: a request still being decided or paid keeps them.
/// </summary>
public sealed class PersonalDataStore(NpgsqlDataSource dataSource, PersonalDataProtector protector, IClock clock)
{
    private static readonly string Awarded = $"""
        (c.amount_cents = 0
         or exists (select 1 from payments p where p.request_id = c.request_id and p.caregiver_position = c.position and p.status = {PaymentConditions.Paid})
         or exists (select 1 from vouchers v where v.request_id = c.request_id and v.caregiver_position = c.position))
        """;

    /// <summary>A request is settled when it was refused or expired, or every award in it has been paid.</summary>
    private static readonly string Settled = $"""
        (r.status = any(@ended)
         or (r.status = @approved and not exists (select 1 from request_caregivers c where c.request_id = r.id and not {Awarded})))
        """;

    private sealed record RecipientRow(
        Guid Id, string Reference, string Municipality, int Year, string Status, Instant SubmittedAt, string? Name,
        LocalDate? BirthDate, string? Postcode, string? HouseNumber, string? Email, byte[]? BsnEncrypted,
        Instant? PersonalDataRemovedAt, bool Settled);

    private sealed record CaregiverRow(
        Guid RequestId, string Reference, string Municipality, int Year, string Status, int Position, string? Name,
        LocalDate? BirthDate, string? Email, string? Iban, long AmountCents, bool ConsentToContact, Guid? RegisterId, bool Settled);

    public async Task<PersonalDataExport> ExportAsync(PersonLookup person, Actor staff, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (recipient, caregiver, registerIds) = await FindAsync(transaction, person, cancellationToken);
        var pairs = new { requestIds = caregiver.Select(c => c.RequestId).ToArray(), positions = caregiver.Select(c => c.Position).ToArray() };
        var register = await connection.QueryAsync<ExportedRegisterEntry>(new CommandDefinition("""
            select municipality_code as municipality, consent, consent_source, asked_at, consent_at, name, birth_date, email, target_groups
            from caregiver_register where id = any(@registerIds)
            """, new { registerIds }, transaction, cancellationToken: cancellationToken));
        var checkIns = await connection.QueryAsync<ExportedCheckIn>(new CommandDefinition("""
            select s.municipality_code as municipality, s.year, i.sent_at, i.answered_at, i.wellbeing, i.signals, i.contact_wish,
                i.contact_when, i.phone, i.keep_informed, i.remarks
            from check_ins i join schemes s on s.id = i.scheme_id
            where i.register_id = any(@registerIds)
                or (i.request_id, i.caregiver_position) in (select * from unnest(@requestIds, @positions))
            order by i.sent_at
            """, new { registerIds, pairs.requestIds, pairs.positions }, transaction, cancellationToken: cancellationToken));
        var payments = await connection.QueryAsync<(string Reference, int Position, long AmountCents, string Status, string? Iban, string EndToEndId)>(
            new CommandDefinition("""
                select r.reference, p.caregiver_position, p.amount_cents, p.status, p.iban, p.end_to_end_id
                from payments p join requests r on r.id = p.request_id
                where (p.request_id, p.caregiver_position) in (select * from unnest(@requestIds, @positions))
                order by r.reference, p.caregiver_position
                """, pairs, transaction, cancellationToken: cancellationToken));
        var mails = person.Email is null ? [] : await connection.QueryAsync<ExportedMail>(new CommandDefinition("""
            select template, status, created_at, sent_at from outbox_mails where lower(to_address) = lower(@Email) order by created_at
            """, person, transaction, cancellationToken: cancellationToken));
        // Staff reads of personal data are on the trail; what was read is not.
        await AuditLog.WriteAsync(connection, transaction, staff, "personal-data-exported", clock.GetCurrentInstant(),
            details: new { requests = recipient.Count + caregiver.Count }, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PersonalDataExport(
            recipient.Select(r => new ExportedRequest(r.Reference, r.Municipality, r.Year, r.Status, r.SubmittedAt, r.Name, r.BirthDate,
                r.Postcode, r.HouseNumber, r.Email, MaskedBsn(r.BsnEncrypted), r.PersonalDataRemovedAt)).ToList(),
            caregiver.Select(c => new ExportedCaregiver(c.Reference, c.Municipality, c.Year, c.Status, c.Position, c.Name, c.BirthDate,
                c.Email, MaskedIban(c.Iban), c.AmountCents, c.ConsentToContact)).ToList(),
            register.ToList(),
            checkIns.ToList(),
            payments.Select(p => new ExportedPayment(p.Reference, p.Position, p.AmountCents, p.Status, MaskedIban(p.Iban), p.EndToEndId)).ToList(),
            mails.ToList());
    }

    public async Task<ErasureResult> EraseAsync(PersonLookup person, Actor staff, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (recipient, caregiver, registerIds) = await FindAsync(transaction, person, cancellationToken, forUpdate: true);
        const string open = "Nog in behandeling of nog niet uitbetaald: de gegevens zijn nodig om te beslissen en te betalen.";
        var kept = recipient.Where(r => !r.Settled).Select(r => new KeptRequest(r.Reference, open))
            .Concat(caregiver.Where(c => !c.Settled).Select(c => new KeptRequest(c.Reference, open)))
            .DistinctBy(k => k.Reference).ToList();
        var erasedRequests = recipient.Where(r => r.Settled && r.PersonalDataRemovedAt is null).ToList();
        var erasedCaregivers = caregiver.Where(c => c.Settled && c.Name is not null).ToList();
        await PersonalDataEraser.EraseRequestsAsync(transaction, erasedRequests.Select(r => r.Id).ToList(), protector, now, cancellationToken);
        await PersonalDataEraser.EraseCaregiversAsync(transaction, erasedCaregivers.Select(c => (c.RequestId, c.Position)).ToList(), protector,
            cancellationToken);
        var registerRemoved = await connection.ExecuteAsync(new CommandDefinition(
            "delete from caregiver_register where id = any(@registerIds)", new { registerIds }, transaction, cancellationToken: cancellationToken));
        var keptIds = recipient.Where(r => !r.Settled).Select(r => r.Id).Concat(caregiver.Where(c => !c.Settled).Select(c => c.RequestId)).ToArray();
        var mailsRemoved = person.Email is null ? 0 : await connection.ExecuteAsync(new CommandDefinition("""
            delete from outbox_mails where lower(to_address) = lower(@email) and (request_id is null or request_id <> all(@keptIds))
            """, new { email = person.Email, keptIds }, transaction, cancellationToken: cancellationToken));
        foreach (var id in erasedRequests.Select(r => r.Id).Concat(erasedCaregivers.Select(c => c.RequestId)).Distinct())
        {
            await AuditLog.WriteAsync(connection, transaction, staff, "personal-data-erased", now, id,
                details: new { reason = "request of the person" }, cancellationToken: cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ErasureResult(erasedRequests.Select(r => r.Reference).ToList(), erasedCaregivers.Count, registerRemoved, mailsRemoved, kept);
    }

    private async Task<(List<RecipientRow> Recipient, List<CaregiverRow> Caregiver, Guid[] RegisterIds)> FindAsync(
        NpgsqlTransaction transaction, PersonLookup person, CancellationToken cancellationToken, bool forUpdate = false)
    {
        var connection = transaction.Connection!;
        var lookup = new
        {
            bsnHash = person.Bsn is { } bsn ? protector.KeyedHash(bsn.Value, BsnPurpose.Lookup) : null,
            email = person.Email,
            ended = RequestLife.EndedWithoutAward.CodesOf(),
            approved = RequestStatus.Approved.Code(),
        };
        var lockRows = forUpdate ? "for update of r" : "";
        var recipient = (await connection.QueryAsync<RecipientRow>(new CommandDefinition($"""
            select r.id, r.reference, s.municipality_code as municipality, s.year, r.status, r.submitted_at, r.recipient_name as name,
                r.recipient_birth_date as birth_date, r.recipient_postcode as postcode, r.recipient_house_number as house_number,
                r.recipient_email as email, r.recipient_bsn_encrypted as bsn_encrypted, r.personal_data_removed_at, {Settled} as settled
            from requests r join schemes s on s.id = r.scheme_id
            where r.recipient_bsn_hash = @bsnHash or lower(r.recipient_email) = lower(@email)
            order by r.submitted_at {lockRows}
            """, lookup, transaction, cancellationToken: cancellationToken))).ToList();
        var caregiver = person.Email is null ? [] : (await connection.QueryAsync<CaregiverRow>(new CommandDefinition($"""
            select c.request_id, r.reference, s.municipality_code as municipality, s.year, r.status, c.position, c.name, c.birth_date,
                c.email, c.iban, c.amount_cents, c.consent_to_contact, c.register_id,
                (r.status = any(@ended) or (r.status = @approved and {Awarded})) as settled
            from request_caregivers c join requests r on r.id = c.request_id join schemes s on s.id = r.scheme_id
            where lower(c.email) = lower(@email)
            order by r.submitted_at, c.position {lockRows}
            """, lookup, transaction, cancellationToken: cancellationToken))).ToList();
        var registerIds = (await connection.QueryAsync<Guid>(new CommandDefinition("""
            select id from caregiver_register where lower(email) = lower(@email) or id = any(@linked)
            """, new { email = person.Email, linked = caregiver.Where(c => c.RegisterId is not null).Select(c => c.RegisterId!.Value).ToArray() },
            transaction, cancellationToken: cancellationToken))).ToArray();
        return (recipient, caregiver, registerIds);
    }

    private string? MaskedBsn(byte[]? sealedBsn) =>
        sealedBsn is not null && Bsn.TryParse(protector.Unseal(sealedBsn, BsnPurpose.Seal), out var bsn) ? bsn.Masked : null;

    private static string? MaskedIban(string? value) => value is not null && Iban.TryParse(value, out var iban) ? iban.Masked : null;
}
