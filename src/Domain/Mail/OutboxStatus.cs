namespace Waardering.Domain.Mail;

/// <summary>Where a mail in the outbox stands (outbox_mails.status, db/migrations/0007_contact.sql lists the codes).</summary>
public enum OutboxStatus
{
    /// <summary>Waiting to be sent, or to be tried again after a temporary failure.</summary>
    Pending,

    /// <summary>Accepted by the mail server.</summary>
    Sent,

    /// <summary>Refused for good, or out of attempts.</summary>
    Failed,

    /// <summary>Not sent: the caregiver withdrew consent before it left.</summary>
    Cancelled,
}
