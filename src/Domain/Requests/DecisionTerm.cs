using NodaTime;

namespace Waardering.Domain.Requests;

/// <summary>
/// The term within which an officer decides on a request (Awb 4:13): counted from the day the
/// request was received, in Europe/Amsterdam. "Waiting for budget" is not a decision, so the
/// term runs on for an undecided request of any status.
/// </summary>
public static class DecisionTerm
{
    /// <summary>Eight weeks: the Awb's term where no rule sets another (Awb 4:13 lid 2).</summary>
    public const int DefaultWeeks = 8;

    /// <summary>The longest term a scheme may set: half a year is no longer "reasonable" for a yearly appreciation.</summary>
    public const int MaxWeeks = 26;

    public static LocalDate DecideBy(LocalDate receivedOn, int weeks) => receivedOn.PlusWeeks(weeks);
}
