using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Letters;
using Waardering.Data.Mail;
using Waardering.Data.Privacy;
using Waardering.Domain;

namespace Waardering.Data.CoSigning;

/// <summary>
/// The co-sign reminder on paper: a recipient without e-mail who got the co-sign letter and has not
/// confirmed gets one reminder letter at the moment a mailed recipient gets the reminder mail (the
/// scheme's reminder days), with a fresh code: the first is stored only as its hash and cannot be printed again.
/// </summary>
public static class CoSignReminderLetters
{
    public static async Task WriteAsync(NpgsqlTransaction transaction, string publicBaseUrl, Instant now, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        var due = await connection.QueryAsync<(Guid Id, string Language, string Municipality, string MunicipalityName, int Year,
            string Reference, string RecipientName, string CaregiverName, Instant RequestedAt, int ExpiryDays)>(new CommandDefinition($"""
                select r.id, r.language, s.municipality_code, m.name, s.year, r.reference, r.recipient_name, c.name,
                    r.co_sign_requested_at, s.co_sign_expiry_days
                from requests r join schemes s on s.id = r.scheme_id join municipalities m on m.code = s.municipality_code
                join request_caregivers c on c.request_id = r.id and c.position = 1
                where r.status = {CoSignWorkflow.AwaitingCoSignature} and r.co_sign_reminded_at is null and r.recipient_email is null
                    and r.co_sign_code_hash is not null
                    and r.co_sign_requested_at + make_interval(days => s.co_sign_reminder_days) <= @now
                for update of r skip locked
                """, new { now }, transaction, cancellationToken: cancellationToken));
        foreach (var r in due)
        {
            if (await LetterAddressees.AddressAsync(transaction, r.Id, RequestAddresses.Recipient, cancellationToken) is not { } address)
            {
                continue;
            }

            var code = ShortCodes.New();
            await connection.ExecuteAsync(new CommandDefinition(
                "update requests set co_sign_code_hash = @hash, co_sign_reminded_at = @now where id = @Id",
                new { hash = ShortCodes.Hash(code), now, r.Id }, transaction, cancellationToken: cancellationToken));
            var mail = CoSignMail.For(r.Language, r.RecipientName, r.CaregiverName, r.Reference, r.MunicipalityName, r.Year,
                CoSignMail.CodePageFor(publicBaseUrl, r.Language), AmsterdamTime.DateOf(r.RequestedAt + Duration.FromDays(r.ExpiryDays)),
                reminder: true);
            await LetterWriter.AddAsync(transaction, new OutboxLetter(CoSignMail.Template, r.Language, r.Municipality, r.RecipientName, address,
                mail.ForLetter(code, publicBaseUrl, r.Language), r.Id), now, cancellationToken);
            await AuditLog.WriteAsync(connection, transaction, Actor.Worker, "co-sign-reminded", now, r.Id,
                details: new { letter = true }, cancellationToken: cancellationToken);
        }
    }
}
