namespace Waardering.Domain.Contact;

/// <summary>
/// The check-in's questions, as codes. The signals of overload come from the municipal plan's
/// appendix on the contactmoment (DOMAIN.md, "Check-in: what to ask"); the groups a caregiver
/// reports are <see cref="TargetGroup"/> and <see cref="Background"/>.
/// </summary>
public static class CheckInQuestions
{
    /// <summary>Signals of overload (002 appendix 1).</summary>
    public static readonly IReadOnlyList<string> Signals =
    [
        "timePressure",          // tijdsdruk
        "noRoomForStudyOrWork",  // geen ruimte voor studie of werk
        "noFreeTime",            // geen vrije tijd
        "healthComplaints",      // gezondheidsklachten
        "sleepAndWorry",         // slaapproblemen en piekeren
        "restlessness",          // onrust, meer roken of drinken
        "roundTheClockCare",     // zorg dag en nacht, in het eigen huishouden: het hoogste risico
    ];

    public const int WorstWellbeing = 1;
    public const int BestWellbeing = 5;
}

/// <summary>
/// When an answer shows heavy overload: a wellbeing at or below a threshold, or at least a
/// number of signals. Both are settings, because the support organisation decides whom it
/// follows actively; about 1 in 6 of those it helps are heavily burdened (003:1836-1845).
/// </summary>
public sealed record HeavyOverloadRule(int MaxWellbeing, int MinSignals)
{
    public static readonly HeavyOverloadRule Default = new(MaxWellbeing: 2, MinSignals: 3);

    public bool Applies(int wellbeing, IReadOnlyCollection<string> signals) =>
        wellbeing <= MaxWellbeing || signals.Count >= MinSignals;
}
