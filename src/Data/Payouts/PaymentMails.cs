using Dapper;
using Npgsql;
using NodaTime;
using Waardering.Data.Contact;
using Waardering.Data.Outbox;

namespace Waardering.Data.Payouts;

/// <summary>
/// The "payment" mail to each paid caregiver who may be contacted (the recipient said so, or they
/// applied themselves; not when they refused or withdrew contact), written set-based in the
/// booking's transaction: a batch of 100,000 payments writes its mails in one statement. A
/// caregiver who consented gets a link of their own to withdraw it; its token (two random UUIDs,
/// 244 random bits from PostgreSQL's strong random source) is stored only as its SHA-256, as
/// <see cref="Privacy.SecretTokens"/> does. The Message-ID has the same form as every outbox mail.
/// </summary>
public static class PaymentMails
{
    public const string Template = "payment";

    public static Task WriteForBatchAsync(
        NpgsqlTransaction transaction, Guid batchId, string publicBaseUrl, Instant now, CancellationToken cancellationToken) =>
        transaction.Connection!.ExecuteAsync(new CommandDefinition($"""
            with x as (
                select gen_random_uuid() as id, r.language, s.municipality_code, m.name as municipality_name, s.year, r.reference,
                    c.email, c.name, p.amount_cents, p.iban, r.id as request_id,
                    case when g.consent = 'given' then g.id end as register_id,
                    case when g.consent = 'given'
                        then replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '') end as token
                from payments p
                join requests r on r.id = p.request_id
                join schemes s on s.id = r.scheme_id
                join municipalities m on m.code = s.municipality_code
                join request_caregivers c on c.request_id = p.request_id and c.position = p.caregiver_position
                left join caregiver_register g on g.id = c.register_id
                where p.batch_id = @batchId and p.status = {PaymentConditions.Paid} and c.email is not null
                    and ((r.submitted_by = 'caregiver' and c.position = 1)
                         or (c.consent_to_contact and coalesce(g.consent, 'asked') not in ('refused', 'withdrawn')))),
            links as (
                insert into consent_links (token_hash, register_id, created_at)
                select sha256(convert_to(token, 'UTF8')), register_id, @now from x where token is not null)
            insert into outbox_mails (id, template, language, municipality_code, to_address, to_name, model, message_id, request_id, register_id)
            select x.id, '{Template}', x.language, x.municipality_code, x.email, x.name,
                jsonb_build_object(
                    'greetingName', x.name, 'reference', x.reference, 'municipalityName', x.municipality_name, 'year', x.year,
                    'amount', '€ ' || (x.amount_cents / 100)::text || ',' || lpad((x.amount_cents % 100)::text, 2, '0'),
                    'ibanMasked', left(x.iban, 4) || repeat('*', length(x.iban) - 8) || right(x.iban, 4),
                    'withdrawUrl', case when x.token is null then null else @consentUrl || x.token end),
                replace(x.id::text, '-', '') || '@{OutboxWriter.MessageIdDomain}', x.request_id, x.register_id
            from x
            """, new { batchId, now, consentUrl = ConsentLinks.Url(publicBaseUrl, "") }, transaction, cancellationToken: cancellationToken,
            commandTimeout: 300));
}
