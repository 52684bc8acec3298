-- A sent or cancelled mail's model no longer keeps the links with tokens and the voucher codes it
-- carried: the Worker blanks them as it marks a mail sent, a withdrawal as it cancels one
-- (MailSecrets, the properties marked MailSecret). The mails of before are blanked here; the list
-- is held to the models by MailSecretsTests.
update outbox_mails set model = model || jsonb_build_object('checkInUrl', null, 'withdrawUrl', null)
where status in ('sent', 'cancelled') and template = 'check-in';
update outbox_mails set model = model || jsonb_build_object('confirmUrl', null)
where status in ('sent', 'cancelled') and template = 'co-sign';
update outbox_mails set model = model || jsonb_build_object('withdrawUrl', null)
where status in ('sent', 'cancelled') and template = 'decision';
update outbox_mails set model = model || jsonb_build_object('withdrawUrl', null)
where status in ('sent', 'cancelled') and template = 'payment';
update outbox_mails set model = model || jsonb_build_object('consentUrl', null, 'statusUrl', null, 'withdrawUrl', null)
where status in ('sent', 'cancelled') and template = 'request-received';
update outbox_mails set model = model || jsonb_build_object('code', null, 'withdrawUrl', null)
where status in ('sent', 'cancelled') and template = 'voucher';
