-- Co-signing: when a caregiver applies and the scheme asks for it, the recipient confirms the
-- request through a mailed link. One reminder; without confirmation the request expires.

alter table schemes add column co_sign_reminder_days integer not null default 7 check (co_sign_reminder_days between 1 and 90);
alter table schemes add column co_sign_expiry_days integer not null default 21 check (co_sign_expiry_days between 1 and 180);

-- The link's token, stored only as its SHA-256; a reminder replaces it.
alter table requests add column co_sign_token_hash bytea;
alter table requests add column co_sign_requested_at timestamptz;
alter table requests add column co_sign_reminded_at timestamptz;

create index requests_awaiting_co_sign on requests (co_sign_requested_at) where status = 'awaitingCoSignature';
