-- Citizens sign in with DigiD, through the municipality's broker (issue 15, item 2).

-- Whether a scheme offers DigiD sign-in (src/Domain/Schemes/DigidUse.cs): off, or optional
-- beside the form without sign-in. Without sign-in everything works as before.
alter table schemes add column digid text not null default 'off'
    constraint schemes_digid_check check (digid in ('off', 'optional'));

-- A request applied for while signed in with DigiD keeps the keyed hash of the BSN that signed in
-- (BsnPurpose.Lookup, like recipient_bsn_hash): its presence says the applicant's identity was
-- proven, and it finds the request again on that citizen's "my requests", whether they applied as
-- the recipient or as a caregiver. The BSN itself is never kept here.
alter table requests add column digid_bsn_hash bytea;
create index requests_digid_bsn on requests (digid_bsn_hash) where digid_bsn_hash is not null;
create index requests_recipient_bsn on requests (recipient_bsn_hash) where recipient_bsn_hash is not null;

-- A citizen withdraws an undecided request of their own (src/Domain/Requests/RequestStatus.cs,
-- in that order): it ends without an award and blocks nobody.
alter table requests drop constraint requests_status_check;
alter table requests add constraint requests_status_check
    check (status in ('received', 'awaitingCoSignature', 'waitingForBudget', 'approved', 'rejected', 'expired',
                      'inReview', 'voided', 'withdrawn'));
