-- The contactmoment: a caregiver's consent to direct contact, the register of caregivers who gave
-- it, the check-in some weeks after payout, and the referral to the support organisation.

-- One row per caregiver per municipality, across requests and years (deduplicated by a keyed
-- hash of name and birth date). The personal fields are filled only while consent is given:
-- refusing or withdrawing it empties them, so the register holds only those who said yes. The
-- row itself stays, with the answer, its source and its date, so nobody is asked twice.
create table caregiver_register (
    id                 uuid primary key,
    municipality_code  text not null references municipalities (code),
    identity_hash      bytea not null,
    consent            text not null check (consent in ('asked', 'given', 'refused', 'withdrawn')),
    -- application: answered in their own request; mail: answered the question we mailed; staff: by phone or at the counter.
    consent_source     text not null check (consent_source in ('application', 'mail', 'staff')),
    asked_at           timestamptz,
    consent_at         timestamptz,
    name               text,
    birth_date         date,
    email              text,
    language           text not null default 'nl' check (language in ('nl', 'en')),
    -- The groups with a higher risk of overload that the caregiver reports (DOMAIN.md).
    target_groups      text[] not null default '{}',
    -- The request that named them last: where a consent given by mail takes name and address from.
    last_request_id    uuid references requests (id) on delete set null,
    last_position      integer,
    unique (municipality_code, identity_hash),
    check (consent <> 'given' or (name is not null and birth_date is not null and consent_at is not null)),
    check (consent = 'given' or (name is null and birth_date is null and email is null and target_groups = '{}'))
);

-- Every mail to a caregiver carries a link of its own to answer or withdraw consent. Each link's
-- token is stored only as its SHA-256.
create table consent_links (
    token_hash    bytea primary key,
    register_id   uuid not null references caregiver_register (id) on delete cascade,
    created_at    timestamptz not null
);

alter table request_caregivers add column register_id uuid references caregiver_register (id) on delete set null;

-- A mail sent because of consent is cancelled when the consent is withdrawn before it leaves.
alter table outbox_mails add column register_id uuid references caregiver_register (id) on delete set null;
alter table outbox_mails drop constraint outbox_mails_status_check;
alter table outbox_mails add constraint outbox_mails_status_check check (status in ('pending', 'sent', 'failed', 'cancelled'));

-- One check-in per caregiver per scheme year, some weeks after their payout.
create table check_ins (
    id                  uuid primary key,
    register_id         uuid references caregiver_register (id) on delete set null,
    scheme_id           bigint not null references schemes (id),
    request_id          uuid references requests (id) on delete set null,
    caregiver_position  integer,
    -- The first link and the reminder's link; both work until the check-in expires.
    token_hash          bytea,
    reminder_token_hash bytea,
    sent_at             timestamptz not null,
    reminded_at         timestamptz,
    expires_at          timestamptz not null,
    answered_at         timestamptz,
    -- caregiver (through the link) or the officer who entered the answer after a phone call.
    answered_by         text,
    -- 1 (it goes badly) to 5 (it goes well).
    wellbeing           integer check (wellbeing between 1 and 5),
    signals             text[] not null default '{}',
    contact_wish        text check (contact_wish in ('none', 'phone', 'mail')),
    contact_when        text,
    phone               text,
    keep_informed       boolean,
    remarks             text,
    heavy_overload      boolean,
    unique (register_id, scheme_id),
    check ((answered_at is null) = (wellbeing is null))
);

create index check_ins_open on check_ins (sent_at) where answered_at is null;

-- Warme overdracht: a check-in that asks for contact or shows heavy overload is handed to the
-- municipality's support organisation.
create table referrals (
    id                 uuid primary key,
    check_in_id        uuid not null unique references check_ins (id) on delete cascade,
    municipality_code  text not null references municipalities (code),
    -- contactWish, heavyOverload or both.
    reasons            text[] not null,
    status             text not null check (status in ('open', 'contacted', 'closed')),
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    updated_by         text
);

create index referrals_status on referrals (municipality_code, status);

-- When each scheme's caregivers were paid: the moment the check-in counts from.
create index payments_paid on payments (request_id, caregiver_position) where status = 'paid';
