using Dapper;
using Npgsql;
using NodaTime;
using Waardering.Data.Contact;
using Waardering.Data.Database;
using Waardering.Data.Mail;
using Waardering.Data.Outbox;
using Waardering.Domain;
using Waardering.Domain.Contact;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Payouts;

/// <summary>
/// The "payment" mail to each paid caregiver who may be contacted (the recipient said so, or they
/// applied themselves; not when they refused or withdrew contact), written set-based in the
/// booking's transaction: a batch of 100,000 payments is read through one cursor, 5,000 rows at a
/// time, each part's consent links and mails written in one round trip. A caregiver who consented gets a link of their
/// own to withdraw it (<see cref="ConsentLinks"/>: a random token, stored only as its SHA-256).
/// </summary>
public static class PaymentMails
{
    /// <summary>Rows read and written at a time: bounds the memory of a large batch's booking.</summary>
    public const int RowsAtOnce = 5_000;

    public static async Task WriteForBatchAsync(
        NpgsqlTransaction transaction, Guid batchId, string publicBaseUrl, Instant now, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        // A cursor in the booking's transaction: one plan for the whole batch, read a part at a time,
        // with the part's links and mails written before the next part is read.
        await connection.ExecuteAsync(new CommandDefinition($"""
            declare payment_mails no scroll cursor for
            select r.id as request_id, r.language, s.municipality_code, m.name as municipality_name, s.year, r.reference,
                c.email, c.name, p.amount_cents, p.iban, case when g.consent = @given then g.id end as register_id
            from payments p
            join requests r on r.id = p.request_id
            join schemes s on s.id = r.scheme_id
            join municipalities m on m.code = s.municipality_code
            join request_caregivers c on c.request_id = p.request_id and c.position = p.caregiver_position
            left join caregiver_register g on g.id = c.register_id
            where p.batch_id = @batchId and p.status = {PaymentConditions.Paid} and c.email is not null
                and ((r.submitted_by = @caregiver and c.position = 1)
                     or (c.consent_to_contact and (g.consent is null or g.consent <> all(@declined))))
            """, new
            {
                batchId, caregiver = Applicant.Caregiver.Code(), given = ConsentAnswer.Given.Code(), declined = ConsentRules.Declined.CodesOf(),
            }, transaction, cancellationToken: cancellationToken));
        while (true)
        {
            var rows = (await connection.QueryAsync<PaidCaregiver>(new CommandDefinition(
                $"fetch {RowsAtOnce} from payment_mails", transaction: transaction, cancellationToken: cancellationToken,
                commandTimeout: 300))).ToList();
            if (rows.Count == 0)
            {
                break;
            }

            await WriteAsync(transaction, rows, publicBaseUrl, now, cancellationToken);
        }

        await connection.ExecuteAsync(new CommandDefinition("close payment_mails", transaction: transaction, cancellationToken: cancellationToken));
    }

    private static async Task WriteAsync(
        NpgsqlTransaction transaction, List<PaidCaregiver> rows, string publicBaseUrl, Instant now, CancellationToken cancellationToken)
    {
        var batch = new StatementBatch(transaction);
        var consented = rows.Where(x => x.RegisterId is not null).ToList();
        // By the row itself, not its values: two rows may hold equal values and each needs a link of its own.
        var withdrawUrls = new Dictionary<PaidCaregiver, string>(ReferenceEqualityComparer.Instance);
        foreach (var (row, token) in consented.Zip(ConsentLinks.AddAll(batch, consented.Select(x => x.RegisterId!.Value).ToList(), now)))
        {
            withdrawUrls.Add(row, ConsentLinks.Url(publicBaseUrl, token, row.Language));
        }

        new OutboxWriter().Add(batch, rows.Select(x => new OutboxMail(PaymentMail.Template, x.Language, x.MunicipalityCode, x.Email, x.Name,
            PaymentMail.For(x.Name, x.Reference, x.MunicipalityName, x.Year, new Money(x.AmountCents), StoredIban(x.Iban),
                withdrawUrls.GetValueOrDefault(x)),
            x.RequestId, x.RegisterId)).ToList());
        await batch.ExecuteAsync(cancellationToken);
    }

    // Checked when the payment was made; a stored IBAN that no longer parses is a defect, not a mail to send.
    private static Iban StoredIban(string value) =>
        Iban.TryParse(value, out var iban) ? iban : throw new InvalidOperationException("A payment holds an invalid IBAN.");

    private sealed record PaidCaregiver(
        Guid RequestId, string Language, string MunicipalityCode, string MunicipalityName, int Year, string Reference,
        string Email, string Name, long AmountCents, string Iban, Guid? RegisterId);
}
