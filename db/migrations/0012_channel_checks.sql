-- Through which channel a request came in and an audit event happened (src/Domain/Requests/Channel.cs,
-- in that order). A channel added there needs a migration here; Web.Tests checks the two agree.
-- NOT VALID: the checks hold every new row; rows written before stay as they are (the trail is
-- never changed, and a check cannot make an old row right).
alter table requests add constraint requests_channel_check
    check (channel in ('web', 'counter', 'phone', 'paper', 'backoffice', 'worker')) not valid;
alter table audit_events add constraint audit_events_channel_check
    check (channel in ('web', 'counter', 'phone', 'paper', 'backoffice', 'worker')) not valid;
