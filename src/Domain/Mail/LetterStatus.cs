namespace Waardering.Domain.Mail;

/// <summary>Where a letter in the letter outbox stands (outbox_letters.status, db/migrations/0023_letters.sql lists the codes).</summary>
public enum LetterStatus
{
    /// <summary>Waiting to be printed and posted.</summary>
    Pending,

    /// <summary>Printed by an officer (or handed to the print service) and on the audit trail as such.</summary>
    Printed,

    /// <summary>Not printed: the caregiver withdrew consent before it went out.</summary>
    Cancelled,
}
