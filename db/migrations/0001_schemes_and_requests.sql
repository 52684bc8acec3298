-- Municipalities, their yearly schemes, requests with their caregivers, idempotency keys and
-- the mail outbox. Money is always integer cents (bigint); dates of law are `date` values in
-- Europe/Amsterdam; moments are `timestamptz`.

create table municipalities (
    -- CBS gemeentecode, e.g. GM0402 for Hilversum.
    code        text primary key check (code ~ '^GM[0-9]{4}$'),
    name        text not null check (length(name) between 1 and 200),
    created_at  timestamptz not null default now()
);

create table schemes (
    id                    bigint generated always as identity primary key,
    municipality_code     text not null references municipalities (code),
    year                  integer not null check (year between 2000 and 2100),
    opens_on              date not null,
    closes_on             date not null,
    base_amount_cents     bigint not null check (base_amount_cents > 0),
    current_amount_cents  bigint not null check (current_amount_cents >= 0),
    floor_amount_cents    bigint not null default 0 check (floor_amount_cents >= 0),
    step_cents            bigint not null default 100 check (step_cents > 0),
    max_caregivers        integer not null default 3 check (max_caregivers between 1 and 10),
    split_mode            text not null check (split_mode in ('perRequest', 'perCaregiver')),
    payout_mode           text not null check (payout_mode in ('rolling', 'afterClose')),
    who_may_apply         text not null check (who_may_apply in ('recipient', 'caregiver', 'both')),
    co_sign_required      boolean not null default false,
    caregiver_min_age     integer check (caregiver_min_age between 0 and 130),
    caregiver_max_age     integer check (caregiver_max_age between 0 and 130),
    recipient_min_age     integer check (recipient_min_age between 0 and 130),
    -- [{"from":1200,"to":1223}, ...]; empty: no residence rule.
    postcode_ranges       jsonb not null default '[]'::jsonb,
    -- Numbers the human references GM0402-2026-000123; incremented in the request's transaction.
    last_request_number   integer not null default 0,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    unique (municipality_code, year),
    check (opens_on <= closes_on),
    check (extract(year from opens_on) = year and extract(year from closes_on) <= year + 1),
    check (floor_amount_cents <= base_amount_cents),
    check (current_amount_cents <= base_amount_cents),
    check (caregiver_min_age is null or caregiver_max_age is null or caregiver_min_age <= caregiver_max_age)
);

create table requests (
    id                        uuid primary key,
    scheme_id                 bigint not null references schemes (id),
    reference                 text not null unique,
    status                    text not null,
    submitted_by              text not null check (submitted_by in ('recipient', 'caregiver')),
    channel                   text not null default 'web',
    language                  text not null default 'nl' check (language in ('nl', 'en')),
    recipient_name            text not null,
    recipient_birth_date      date not null,
    recipient_postcode        text not null,
    recipient_house_number    text not null,
    recipient_email           text,
    -- AES-GCM (nonce | ciphertext | tag); the key is outside the database.
    recipient_bsn_encrypted   bytea,
    -- HMAC-SHA256 of the BSN with a key outside the database, to find a recipient by BSN.
    recipient_bsn_hash        bytea,
    -- HMAC of name, birth date and address: one request per recipient also without a BSN.
    recipient_identity_hash   bytea not null,
    unit_amount_cents         bigint not null check (unit_amount_cents >= 0),
    status_token_hash         bytea not null,
    submitted_at              timestamptz not null,
    unique (scheme_id, recipient_identity_hash)
);

-- Invariant 2: at most one request per recipient per scheme year.
create unique index requests_one_per_bsn on requests (scheme_id, recipient_bsn_hash)
    where recipient_bsn_hash is not null;
create index requests_scheme_status on requests (scheme_id, status);

create table request_caregivers (
    request_id          uuid not null references requests (id) on delete cascade,
    position            integer not null check (position between 1 and 10),
    name                text not null,
    birth_date          date not null,
    email               text,
    iban                text not null,
    weight              integer not null check (weight between 1 and 100),
    amount_cents        bigint not null check (amount_cents >= 0),
    consent_to_contact  boolean not null,
    primary key (request_id, position)
);

create table idempotency_keys (
    scope              text not null,
    key                text not null,
    -- SHA-256 of the request body: the same key with another body is refused.
    body_hash          bytea not null,
    request_id         uuid not null references requests (id) on delete cascade,
    -- The first answer, encrypted (it holds the status token), replayed for a retry.
    response_encrypted bytea not null,
    created_at         timestamptz not null default now(),
    primary key (scope, key)
);

create table outbox_mails (
    id                 uuid primary key,
    template           text not null,
    language           text not null check (language in ('nl', 'en')),
    municipality_code  text references municipalities (code),
    to_address         text not null,
    to_name            text,
    -- Plain data for the template; rendered by the worker at send time.
    model              jsonb not null,
    -- Stable across retries so a receiver can recognise a resend.
    message_id         text not null unique,
    status             text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
    attempts           integer not null default 0,
    next_attempt_at    timestamptz not null default now(),
    -- A worker's claim on the mail while it sends; another worker skips it until then.
    locked_until       timestamptz,
    last_error         text,
    request_id         uuid references requests (id) on delete set null,
    created_at         timestamptz not null default now(),
    sent_at            timestamptz
);

create index outbox_mails_due on outbox_mails (next_attempt_at) where status = 'pending';
