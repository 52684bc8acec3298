-- Anonymous intake without an oracle and without a lock-out (issue 11, items 5-7).

-- Two new words in a request's life (src/Domain/Requests/RequestStatus.cs, in that order):
-- inReview holds an anonymous request for a recipient who already has a live one (a possible
-- duplicate, answered like any other); voided is an officer's declaration, with a reason.
alter table requests drop constraint requests_status_check;
alter table requests add constraint requests_status_check
    check (status in ('received', 'awaitingCoSignature', 'waitingForBudget', 'approved', 'rejected', 'expired',
                      'inReview', 'voided'));

-- Invariant 2 holds for live requests only (RequestLife.Live): a rejected, expired or voided
-- request blocks nobody, and a possible duplicate waits beside the live one until an officer
-- decides it.
alter table requests drop constraint requests_scheme_id_recipient_identity_hash_key;
drop index requests_one_per_bsn;
create unique index requests_one_live_per_identity on requests (scheme_id, recipient_identity_hash)
    where status in ('received', 'awaitingCoSignature', 'waitingForBudget', 'approved');
create unique index requests_one_live_per_bsn on requests (scheme_id, recipient_bsn_hash)
    where recipient_bsn_hash is not null and status in ('received', 'awaitingCoSignature', 'waitingForBudget', 'approved');
-- Finding a recipient's earlier requests of any status (the duplicate check, the officer's view).
create index requests_recipient on requests (scheme_id, recipient_identity_hash);

-- A change to a caregiver's register entry asked for in an application without sign-in (another
-- e-mail address, or no more contact) waits here until it is confirmed through the link mailed
-- to the address on file. The token is stored only as its SHA-256.
create table register_changes (
    token_hash    bytea primary key,
    register_id   uuid not null references caregiver_register (id) on delete cascade,
    consent       boolean not null,
    name          text not null,
    birth_date    date not null,
    email         text,
    language      text not null check (language in ('nl', 'en')),
    request_id    uuid references requests (id) on delete set null,
    position      integer,
    created_at    timestamptz not null,
    expires_at    timestamptz not null,
    confirmed_at  timestamptz
);
create index register_changes_register on register_changes (register_id);
