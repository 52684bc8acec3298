namespace Waardering.Domain.Contact;

/// <summary>
/// A caregiver's answer to whether the municipality may contact them directly
/// (caregiver_register.consent, db/migrations/0007_contact.sql lists the codes).
/// </summary>
public enum ConsentAnswer
{
    /// <summary>Asked in the confirmation mail of a request that named them; no answer yet.</summary>
    Asked,

    /// <summary>Yes: their name, birth date and address are in the register.</summary>
    Given,

    /// <summary>No, without an earlier yes.</summary>
    Refused,

    /// <summary>No after an earlier yes: the register entry was emptied and waiting contact stopped.</summary>
    Withdrawn,
}

/// <summary>Where the consent answer came from (caregiver_register.consent_source).</summary>
public enum ConsentSource
{
    /// <summary>The caregiver answered in their own request.</summary>
    Application,

    /// <summary>The caregiver answered the question we mailed, through its link.</summary>
    Mail,

    /// <summary>An officer entered it, after a phone call or at the counter.</summary>
    Staff,
}

public static class ConsentRules
{
    /// <summary>
    /// A caregiver's own no: a withdrawal when they said yes before (or withdrew already), so
    /// the register shows that contact stopped, else a refusal.
    /// </summary>
    public static ConsentAnswer No(ConsentAnswer? before) =>
        before is ConsentAnswer.Given or ConsentAnswer.Withdrawn ? ConsentAnswer.Withdrawn : ConsentAnswer.Refused;

    /// <summary>A caregiver's own yes or no over an earlier answer, if any.</summary>
    public static ConsentAnswer Answer(bool given, ConsentAnswer? before) => given ? ConsentAnswer.Given : No(before);

    /// <summary>Answers after which no mail about contact may go, even where a request said it may.</summary>
    public static readonly IReadOnlyList<ConsentAnswer> Declined = [ConsentAnswer.Refused, ConsentAnswer.Withdrawn];
}
