using Dapper;
using Npgsql;
using Waardering.Data.Mail;
using Waardering.Data.Outbox;

namespace Waardering.Data.CoSigning;

/// <summary>The mail to the caregiver who applied, for each request that expired unconfirmed.</summary>
internal static class CoSignExpiry
{
    /// <summary>
    /// Writes the "request-expired" mail in the expiry's own transaction. A caregiver without an
    /// e-mail address is not told by mail: the service has no letter channel yet.
    /// </summary>
    public static async Task TellApplicantsAsync(
        NpgsqlTransaction transaction, OutboxWriter outbox, IReadOnlyList<Guid> expired, CancellationToken cancellationToken)
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
        await outbox.AddAllAsync(transaction, rows.Select(r => new OutboxMail(RequestExpiredMail.Template, r.Language, r.Municipality,
            r.CaregiverEmail, r.CaregiverName, new RequestExpiredMail(r.CaregiverName, r.RecipientName, r.Reference, r.MunicipalityName, r.Year),
            r.Id)).ToList(), cancellationToken);
    }
}
