namespace Waardering.Data.Mail;

/// <summary>
/// Marks a mail model's value that gives access to something: a link with a token (status,
/// consent, co-sign, check-in) or a voucher code. The outbox keeps it only until the mail is sent
/// (<see cref="MailSecrets"/>); a test refuses a model with a link or code left unmarked.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MailSecretAttribute : Attribute;
