-- Building a payout batch of 100,000 awards (bench/payouts.sh) spent half its time in the
-- payments' foreign-key checks, one query per row and key.

-- payments (request_id, caregiver_position) references request_caregivers, whose request_id
-- references requests, and deleting a request cascades to its caregivers, which the payment
-- then holds back: the reference to requests guarded nothing more, at a check per payment.
alter table payments drop constraint payments_request_id_fkey;

-- An award's returned payments: the next payment's end-to-end id counts them, read for a whole
-- batch at once without reading every payment ever made.
create index payments_failed on payments (request_id, caregiver_position) where status = 'failed';
