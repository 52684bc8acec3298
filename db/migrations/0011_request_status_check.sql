-- A request's status is one of the words of its life (src/Domain/Requests/RequestStatus.cs, in
-- that order). A status added there needs a migration here; Web.Tests checks the two agree.
alter table requests add constraint requests_status_check
    check (status in ('received', 'awaitingCoSignature', 'waitingForBudget', 'approved', 'rejected', 'expired'));
