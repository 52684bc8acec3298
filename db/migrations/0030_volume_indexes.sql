-- The amount's recompute sums a scheme's units per status. Keyed on the units instead of carrying
-- them (and the grant time) as included columns, the index deduplicates: a million requests fit in
-- about 900 pages instead of 5,700, and an index-only scan grouped by status reads it in order.
create index requests_scheme_status_units_keyed on requests (scheme_id, status, units);
drop index requests_scheme_status_units;

-- Approved but not yet granted (payout after close) still counts as open. Only approvals under an
-- after-close scheme land here, never a new request, so the intake does not write to it; keyed
-- on the units, it deduplicates as well.
create index requests_approved_not_granted on requests (scheme_id, units)
    where status = 'approved' and granted_at is null;

-- An index-only scan skips the table only for pages the visibility map marks all-visible; the
-- requests table mostly grows, so vacuum it after 2 % new rows (the default waits for 20 %).
alter table requests set (autovacuum_vacuum_insert_scale_factor = 0.02, autovacuum_vacuum_scale_factor = 0.05);

-- Requests over time and the forecast count a scheme's arrived units per day of its window, in
-- Amsterdam. The day is stored with the request (computed by PostgreSQL, never written by the
-- service), so an index keyed on the day, the status and the units deduplicates like the one
-- above and is read in order, without converting a million timestamps on every read.
alter table requests add column submitted_on date generated always as ((submitted_at at time zone 'Europe/Amsterdam')::date) stored;
create index requests_scheme_arrival_days on requests (scheme_id, submitted_on, status, units);
drop index requests_scheme_arrival;
