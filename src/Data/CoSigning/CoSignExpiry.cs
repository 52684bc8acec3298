using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Contact;
using Waardering.Data.Mail;
using Waardering.Data.Outbox;

namespace Waardering.Data.CoSigning;

/// <summary>The mail to the caregiver who applied, for each request that expired unconfirmed.</summary>
internal static class CoSignExpiry
{
    /// <summary>
    /// Writes the "request-expired" mail in the expiry's own transaction. A caregiver without an
    /// e-mail address is not told by mail: the service has no letter channel yet. One who consented
    /// to contact gets a fresh link to withdraw it, and withdrawing cancels the mail while it waits.
    /// </summary>
    public static async Task TellApplicantsAsync(
        NpgsqlTransaction transaction, OutboxWriter outbox, IReadOnlyList<Guid> expired, string publicBaseUrl, Instant now,
        CancellationToken cancellationToken)
    {
        if (expired.Count == 0)
        {
            return;
        }

        var rows = await transaction.Connection!.QueryAsync<(Guid Id, string Language, string Municipality, string MunicipalityName, int Year,
            string Reference, string RecipientName, string CaregiverName, string CaregiverEmail)>(new CommandDefinition("""
                select r.id, r.language, s.municipality_code, m.name, s.year, r.reference, r.recipient_name, c.name, c.email
                from requests r join schemes s on s.id = r.scheme_id join municipalities m on m.code = s.municipality_code
                join request_caregivers c on c.request_id = r.id and c.position = 1
                where r.id = any(@expired) and c.email is not null
                """, new { expired = expired.ToArray() }, transaction, cancellationToken: cancellationToken));
        var mails = new List<OutboxMail>();
        foreach (var r in rows)
        {
            var mailing = await ConsentLinks.ForCaregiverAsync(transaction, r.Id, position: 1, applicant: true, publicBaseUrl, r.Language, now,
                cancellationToken);
            mails.Add(new OutboxMail(RequestExpiredMail.Template, r.Language, r.Municipality, r.CaregiverEmail, r.CaregiverName,
                new RequestExpiredMail(r.CaregiverName, r.RecipientName, r.Reference, r.MunicipalityName, r.Year, mailing.WithdrawUrl),
                r.Id, mailing.RegisterId));
        }

        await outbox.AddAllAsync(transaction, mails, cancellationToken);
    }
}
