-- Four eyes on everything that moves money, with officers known by their subject (the token's
-- `sub`), not their display name: a changed name is the same person.

-- The trail keeps both: the name as it was shown, and the subject that identifies the officer.
alter table audit_events add column actor_subject text;

-- The batch's four eyes compare subjects. A batch built before this migration has no subject:
-- its builder is then known only by name (PayoutWorkflow.ApproveAsync compares the name).
alter table payout_batches
    add column created_by_subject text,
    add column approved_by_subject text,
    add column booked_by_subject text,
    drop constraint payout_batches_check,
    add constraint payout_batches_four_eyes
        check (approved_by_subject is null or created_by_subject is null or approved_by_subject <> created_by_subject);

-- An IBAN change on an unpaid award is proposed by one officer and confirmed by another
-- (src/Domain/Payouts/IbanChangeStatus.cs lists the codes). The full new IBAN is kept only while
-- the change is pending; the trail and this table keep it masked.
create table iban_changes (
    id                    uuid primary key,
    request_id            uuid not null,
    caregiver_position    integer not null,
    status                text not null,
    new_iban              text,
    old_iban_masked       text,
    new_iban_masked       text not null,
    proposed_by           text not null,
    proposed_by_subject   text not null,
    proposed_at           timestamptz not null,
    confirmed_by          text,
    confirmed_by_subject  text,
    confirmed_at          timestamptz,
    foreign key (request_id, caregiver_position) references request_caregivers (request_id, position),
    constraint iban_changes_status_check check (status in ('pending', 'confirmed', 'withdrawn')),
    constraint iban_changes_four_eyes check (confirmed_by_subject is null or confirmed_by_subject <> proposed_by_subject),
    constraint iban_changes_pending_holds_iban check ((status = 'pending') = (new_iban is not null))
);

create unique index iban_changes_one_pending on iban_changes (request_id, caregiver_position) where status = 'pending';

-- Set while a change is pending: the batch builder locks the caregiver's row and reads this flag
-- from its newest version, so a change proposed while a batch is being built keeps the award out.
alter table request_caregivers add column iban_change_pending boolean not null default false;
