-- Voucher codes as the alternative payout a scheme may choose (a gift card instead of a bank
-- transfer). Codes are imported per municipality and year; each is handed out at most once.

alter table schemes add column payout_method text not null default 'bankTransfer'
    check (payout_method in ('bankTransfer', 'voucher'));

create table vouchers (
    id                  bigint generated always as identity primary key,
    municipality_code   text not null references municipalities (code),
    year                integer not null,
    code                text not null unique check (code ~ '^[A-Za-z0-9-]{4,64}$'),
    imported_at         timestamptz not null,
    imported_by         text not null,
    request_id          uuid,
    caregiver_position  integer,
    assigned_at         timestamptz,
    foreign key (request_id, caregiver_position) references request_caregivers (request_id, position),
    -- One code per caregiver's award.
    unique (request_id, caregiver_position),
    check ((request_id is null) = (assigned_at is null))
);

create index vouchers_free on vouchers (municipality_code, year, id) where request_id is null;
