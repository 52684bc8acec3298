-- A decision (beschikking) ends with the objection clause (Awb 3:45, 6:7): where to send an
-- objection. Each municipality has its own postal address; without one the mail names the
-- college without an address.
alter table schemes add column objection_name text;
alter table schemes add column objection_line text;
alter table schemes add column objection_postcode text;
alter table schemes add column objection_city text;
alter table schemes add constraint schemes_objection_address_check check (
    (objection_name is null) = (objection_line is null)
    and (objection_name is null) = (objection_postcode is null)
    and (objection_name is null) = (objection_city is null));

-- Weeks after receipt within which an officer decides: eight where no rule says otherwise
-- (Awb 4:13); a municipality's own regulation may set another term.
alter table schemes add column decision_weeks integer not null default 8 check (decision_weeks between 1 and 26);

-- When the Worker gave a mail up, for the staff's list of failed mails.
alter table outbox_mails add column failed_at timestamptz;
create index outbox_mails_failed on outbox_mails (failed_at desc) where status = 'failed';
