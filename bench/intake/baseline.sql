-- pgbench script for bench/intake.sh: the rows one request writes, in one transaction, without
-- the service in between: the request (with the recipient's BSN encrypted and hashed), its
-- caregiver, the caregiver's register entry and consent link, the audit event, two confirmation
-- mails and the idempotency record with the encrypted answer. The number comes from the scheme's
-- sequence, as in the service. Random bytes of the service's sizes stand in for its ciphertexts
-- and keyed hashes: the BSN sealed is 37 bytes (12 nonce, 9 digits, 16 tag), the answer some 560.
BEGIN;
SELECT nextval(format('request_numbers_%s', :scheme_id)::regclass);
WITH r AS (
    INSERT INTO requests (id, scheme_id, reference, status, submitted_by, channel, language, recipient_name,
        recipient_birth_date, recipient_postcode, recipient_house_number, recipient_email, recipient_bsn_encrypted,
        recipient_bsn_hash, recipient_identity_hash, unit_amount_cents, units, status_token_hash, status_page_token_hash,
        submitted_at)
    VALUES (gen_random_uuid(), :scheme_id, gen_random_uuid()::text, 'received', 'recipient', 'web', 'nl', 'Zorgvrager',
        '1941-05-17', '1211AB', '12', 'r@example.org',
        substring(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8') from 1 for 37),
        sha256(convert_to(gen_random_uuid()::text, 'UTF8')), sha256(convert_to(gen_random_uuid()::text, 'UTF8')),
        15000, 1, sha256(convert_to(gen_random_uuid()::text, 'UTF8')), sha256(convert_to(gen_random_uuid()::text, 'UTF8')), now())
    RETURNING id),
g AS (
    INSERT INTO caregiver_register (id, municipality_code, identity_hash, consent, consent_source, asked_at, language,
        last_request_id, last_position)
    SELECT gen_random_uuid(), 'GM0402', sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'asked', 'mail', now(), 'nl', r.id, 1
    FROM r
    RETURNING id),
c AS (
    INSERT INTO request_caregivers (request_id, position, name, birth_date, email, iban, weight, amount_cents,
        consent_to_contact, register_id)
    SELECT r.id, 1, 'Mantelzorger', '1970-02-01', 'm@example.org', 'NL91ABNA0417164300', 1, 15000, true, g.id FROM r, g),
l AS (
    INSERT INTO consent_links (token_hash, register_id, created_at)
    SELECT sha256(convert_to(gen_random_uuid()::text, 'UTF8')), g.id, now() FROM g),
k AS (
    INSERT INTO idempotency_keys (scope, key, body_hash, request_id, response_encrypted)
    SELECT 'POST /api/requests', gen_random_uuid()::text, sha256(convert_to(gen_random_uuid()::text, 'UTF8')), r.id,
        convert_to(repeat(gen_random_uuid()::text, 16), 'UTF8') FROM r),
a AS (
    INSERT INTO audit_events (occurred_at, actor, channel, action, request_id, details)
    SELECT now(), 'citizen', 'web', 'submitted', r.id, '{"reference": "x", "status": "received"}'::jsonb FROM r)
INSERT INTO outbox_mails (id, template, language, municipality_code, to_address, to_name, model, message_id, request_id)
SELECT gen_random_uuid(), 'request-received', 'nl', 'GM0402', x.address, 'Naam',
    '{"greetingName": "Naam", "reference": "x", "caregivers": [{"name": "Mantelzorger", "amount": "€ 150,00"}]}'::jsonb,
    gen_random_uuid()::text || '@waardering.local', r.id
FROM r, (VALUES ('r@example.org'), ('m@example.org')) AS x(address);
END;
