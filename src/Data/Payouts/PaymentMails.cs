using Dapper;
using Npgsql;
using Waardering.Data.Outbox;

namespace Waardering.Data.Payouts;

/// <summary>
/// The "payment" mail to each paid caregiver who may be contacted (they agreed, or applied
/// themselves), written set-based in the booking's transaction: a batch of 100,000 payments
/// writes its mails in one statement. The Message-ID has the same form as every outbox mail.
/// </summary>
public static class PaymentMails
{
    public const string Template = "payment";

    public static Task WriteForBatchAsync(NpgsqlTransaction transaction, Guid batchId, CancellationToken cancellationToken) =>
        transaction.Connection!.ExecuteAsync(new CommandDefinition($"""
            insert into outbox_mails (id, template, language, municipality_code, to_address, to_name, model, message_id, request_id)
            select x.id, '{Template}', x.language, x.municipality_code, x.email, x.name,
                jsonb_build_object(
                    'greetingName', x.name, 'reference', x.reference, 'municipalityName', x.municipality_name, 'year', x.year,
                    'amount', '€ ' || (x.amount_cents / 100)::text || ',' || lpad((x.amount_cents % 100)::text, 2, '0'),
                    'ibanMasked', left(x.iban, 4) || repeat('*', length(x.iban) - 8) || right(x.iban, 4)),
                replace(x.id::text, '-', '') || '@{OutboxWriter.MessageIdDomain}', x.request_id
            from (
                select gen_random_uuid() as id, r.language, s.municipality_code, m.name as municipality_name, s.year, r.reference,
                    c.email, c.name, p.amount_cents, p.iban, r.id as request_id
                from payments p
                join requests r on r.id = p.request_id
                join schemes s on s.id = r.scheme_id
                join municipalities m on m.code = s.municipality_code
                join request_caregivers c on c.request_id = p.request_id and c.position = p.caregiver_position
                where p.batch_id = @batchId and p.status = 'paid' and c.email is not null
                    and (c.consent_to_contact or (r.submitted_by = 'caregiver' and c.position = 1))) x
            """, new { batchId }, transaction, cancellationToken: cancellationToken, commandTimeout: 300));
}
