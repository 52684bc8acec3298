-- A municipality may add languages (Turkish, Arabic, Polish) by adding text files and templates,
-- without code: the language columns take any ISO 639 code, not just the two shipped.
alter table requests drop constraint requests_language_check;
alter table requests add constraint requests_language_check check (language ~ '^[a-z]{2,3}$');
alter table outbox_mails drop constraint outbox_mails_language_check;
alter table outbox_mails add constraint outbox_mails_language_check check (language ~ '^[a-z]{2,3}$');
alter table caregiver_register drop constraint caregiver_register_language_check;
alter table caregiver_register add constraint caregiver_register_language_check check (language ~ '^[a-z]{2,3}$');
alter table register_changes drop constraint register_changes_language_check;
alter table register_changes add constraint register_changes_language_check check (language ~ '^[a-z]{2,3}$');
