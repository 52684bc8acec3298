using Waardering.Domain.Contact;

namespace Waardering.Data.Contact;

/// <summary>A validated answer to the check-in; the codes are those of <see cref="Domain.Contact.CheckInQuestions"/>.</summary>
public sealed record CheckInAnswer(
    int Wellbeing,
    IReadOnlyList<string> Signals,
    ContactWish ContactWish,
    string? ContactWhen,
    string? Phone,
    bool KeepInformed,
    string? Remarks,
    IReadOnlyList<string> TargetGroups);

public enum CheckInOutcome
{
    Stored,

    /// <summary>The answer asked for contact or showed heavy overload: a referral was made.</summary>
    Referred,
    NotFound,
    Expired,
    AlreadyAnswered,
}
