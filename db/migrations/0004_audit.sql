-- The audit trail: every change of status, every decision, every payout step and every staff
-- read of personal data, with who, when, what and through which channel. Rows are only added.

create table audit_events (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz not null,
    actor        text not null,
    channel      text not null,
    action       text not null,
    request_id   uuid references requests (id),
    batch_id     uuid references payout_batches (id),
    -- What changed, without personal data beyond what the action itself is about.
    details      jsonb not null default '{}'::jsonb
);

create index audit_events_request on audit_events (request_id, occurred_at) where request_id is not null;
create index audit_events_batch on audit_events (batch_id, occurred_at) where batch_id is not null;

-- Nobody edits or removes the trail through the application's own statements.
create function audit_events_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_events is append-only';
end $$;

create trigger audit_events_no_update before update or delete on audit_events
    for each row execute function audit_events_append_only();
