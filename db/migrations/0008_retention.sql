-- Privacy over time: personal data are removed a while after the scheme year (Contact:RetentionMonths,
-- default 24), or earlier when a person asks to be erased. What stays: amounts, statuses, dates,
-- the audit trail, and payments pseudonymised for the financial retention period.

alter table requests alter column recipient_name drop not null;
alter table requests alter column recipient_birth_date drop not null;
alter table requests alter column recipient_postcode drop not null;
alter table requests alter column recipient_house_number drop not null;
alter table requests alter column recipient_identity_hash drop not null;
alter table requests add column personal_data_removed_at timestamptz;

alter table request_caregivers alter column name drop not null;
alter table request_caregivers alter column birth_date drop not null;
alter table request_caregivers alter column iban drop not null;

-- A keyed hash of the payee's IBAN: the same payee keeps the same pseudonym, so an auditor can
-- still see that one account was paid twice, without the account.
alter table payments alter column iban drop not null;
alter table payments alter column creditor_name drop not null;
alter table payments add column payee_pseudonym text;

create index requests_personal_data on requests (scheme_id) where personal_data_removed_at is null;
