-- Letters on paper for whoever has no e-mail address (DOMAIN.md "Channels"; a decision must reach
-- its addressee, Awb 3:41). Like mails they wait in an outbox, written in the transaction of the
-- change that caused them, until an officer prints them: a letter is never lost.

-- Postal addresses a request may give beyond the recipient's postcode and house number: the
-- recipient's street and city (position 0), and a caregiver's whole address (their position).
-- All optional: a Dutch address can be delivered on postcode and house number alone.
create table request_addresses (
    request_id    uuid not null references requests (id) on delete cascade,
    position      integer not null check (position between 0 and 10),
    street        text check (length(street) <= 200),
    house_number  text check (length(house_number) <= 20),
    postcode      text check (length(postcode) <= 7),
    city          text check (length(city) <= 100),
    primary key (request_id, position)
);

create table outbox_letters (
    id                 uuid primary key,
    template           text not null,
    language           text not null check (language ~ '^[a-z]{2,3}$'),
    municipality_code  text not null references municipalities (code),
    to_name            text,
    -- The address block as printed, line by line (name first).
    address_lines      text[] not null,
    -- The same typed model as the mail of the same name (src/Data/Mail), as JSON.
    model              jsonb not null,
    request_id         uuid references requests (id) on delete set null,
    register_id        uuid references caregiver_register (id) on delete set null,
    status             text not null default 'pending' check (status in ('pending', 'printed', 'cancelled')),
    created_at         timestamptz not null default now(),
    printed_at         timestamptz,
    printed_by         text,
    printed_by_subject text,
    check ((status = 'printed') = (printed_at is not null))
);

create index outbox_letters_pending on outbox_letters (municipality_code, created_at) where status = 'pending';
create index outbox_letters_request on outbox_letters (request_id);

-- The short code printed in a co-sign letter, stored only as its SHA-256: with it the recipient
-- confirms on the citizens' page without a link.
alter table requests add column co_sign_code_hash bytea;
create unique index requests_co_sign_code on requests (co_sign_code_hash) where co_sign_code_hash is not null;
