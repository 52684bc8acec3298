using Waardering.Domain.Contact;

namespace Waardering.Data.Contact;

/// <summary>
/// A validated answer to the check-in; the signals are codes of <see cref="Domain.Contact.CheckInQuestions"/>.
/// The groups (<see cref="TargetGroups.Asked"/>) and the background are optional.
/// </summary>
public sealed record CheckInAnswer(
    int Wellbeing,
    IReadOnlyList<string> Signals,
    ContactWish ContactWish,
    string? ContactWhen,
    string? Phone,
    bool KeepInformed,
    string? Remarks,
    IReadOnlyList<TargetGroup> TargetGroups,
    Background? Background = null);

public enum CheckInOutcome
{
    Stored,

    /// <summary>The answer asked for contact: a referral was made.</summary>
    Referred,

    /// <summary>Heavy overload without a wish for contact: no referral, a mail with the support on offer.</summary>
    SupportOffered,
    NotFound,
    Expired,
    AlreadyAnswered,
}
