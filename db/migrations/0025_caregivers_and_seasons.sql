-- Who is a caregiver (the care declaration, young caregivers paid by voucher) and the next
-- season's invitations.

-- The plan defines mantelzorg as care for at least three months or more than eight hours a week
-- (002:300): a scheme may ask the applicant to declare that of each caregiver.
alter table schemes add column care_declaration_required boolean not null default false;

-- Young caregivers ("tot 25 jaar", 002:819) may be admitted from a lower age than adults, e.g.
-- from 12 where adults are 18 or older; and may be paid by voucher when they have no bank account.
alter table schemes add column young_caregiver_min_age integer check (young_caregiver_min_age between 0 and 24);
alter table schemes add column young_caregiver_voucher boolean not null default false;
alter table schemes add constraint schemes_young_caregiver_below_adults
    check (young_caregiver_min_age is null or caregiver_min_age is null or young_caregiver_min_age < caregiver_min_age);

-- The applicant declared the care relation of this caregiver as the plan defines it.
alter table request_caregivers add column care_declared boolean not null default false;

-- When a scheme's window opens, last season's applicants and the caregivers who asked to be kept
-- informed are invited once. The person is known by a keyed hash of the address written to
-- (never the address itself), so two Workers or a rerun cannot invite the same person twice.
create table season_invitations (
    scheme_id    bigint not null references schemes (id),
    person_hash  bytea not null,
    -- Where the addressee came from: a register entry (with consent) or last season's request.
    register_id  uuid references caregiver_register (id) on delete set null,
    request_id   uuid references requests (id) on delete set null,
    sent_at      timestamptz not null,
    primary key (scheme_id, person_hash)
);
