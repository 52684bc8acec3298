-- Building a payout batch of 100,000 awards (bench/payouts.sh) spent a third of its time in the
-- payments' two foreign-key checks: a query per row and key, each locking the row it finds
-- (100,000 caregiver tuples written, with their WAL). Both references are held otherwise:
--
-- * Payments are written in one place (Data/Payouts/PayoutBatchBuilder), in the statement that
--   writes their batch and reads the caregivers' rows they name, so they name rows that exist.
-- * Those rows never go: a batch is named by its "batch-created" event, a request by its
--   "submitted" event, in the append-only trail (0004, audit_events references both), and a granted
--   award's caregiver by its award_charges (0002, references request_caregivers).
--
-- A payment's own rules stay: one live payment per award (payments_one_live_per_award) and one
-- end-to-end id per payment.
--
-- The batch builder no longer locks the awards' request and caregiver rows either: an IBAN change
-- holds the scheme's payout lock shared (Data/Payouts/PayoutLock) where 0013 says the builder reads
-- the caregiver's newest row.
alter table payments drop constraint payments_batch_id_fkey;
alter table payments drop constraint payments_request_id_caregiver_position_fkey;
