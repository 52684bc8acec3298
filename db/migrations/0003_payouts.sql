-- Payout batches (SEPA credit transfers) and the payments in them. Invariant 3: a caregiver's
-- award is paid at most once, and a payment is in at most one batch.

create table payout_batches (
    id                 uuid primary key,
    municipality_code  text not null references municipalities (code),
    year               integer not null,
    -- created: built, waiting for a second officer; approved: may go to the bank; booked: paid.
    status             text not null check (status in ('created', 'approved', 'booked')),
    payment_count      integer not null check (payment_count > 0),
    total_cents        bigint not null check (total_cents > 0),
    created_by         text not null,
    created_at         timestamptz not null,
    approved_by        text,
    approved_at        timestamptz,
    booked_by          text,
    booked_at          timestamptz,
    -- Four eyes: the approver is never the creator.
    check (approved_by is null or approved_by <> created_by)
);

create table payments (
    id                  uuid primary key,
    batch_id            uuid not null references payout_batches (id),
    request_id          uuid not null references requests (id),
    caregiver_position  integer not null,
    amount_cents        bigint not null check (amount_cents > 0),
    iban                text not null,
    creditor_name       text not null,
    -- Unique per payment, so the bank's return names exactly one.
    end_to_end_id       text not null unique,
    status              text not null check (status in ('inBatch', 'paid', 'failed')),
    failure_reason      text,
    failed_at           timestamptz,
    foreign key (request_id, caregiver_position) references request_caregivers (request_id, position)
);

-- At most one live payment per caregiver's award: a failed one may be followed by another.
create unique index payments_one_live_per_award on payments (request_id, caregiver_position)
    where status in ('inBatch', 'paid');
create index payments_batch on payments (batch_id);
