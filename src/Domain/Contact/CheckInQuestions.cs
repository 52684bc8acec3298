namespace Waardering.Domain.Contact;

/// <summary>
/// The check-in's questions, as codes. The signals of overload and the groups with a higher
/// risk come from the municipal plan's appendix on the contactmoment and its chapter on who the
/// caregivers are (DOMAIN.md, "Check-in: what to ask" and "Who the caregivers are").
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

    /// <summary>
    /// Groups with a higher risk of overload that the caregiver can report. Young (up to 25) and
    /// over 65 are not asked: they follow from the birth date.
    /// </summary>
    public static readonly IReadOnlyList<string> TargetGroups =
    [
        "working",              // werkende mantelzorger
        "dementiaOrBrainInjury", // zorgt voor iemand met dementie of niet-aangeboren hersenletsel (NAH)
        "mentalIllness",        // zorgt voor iemand met psychische problemen (GGZ)
        "parentOfChild",        // ouder van een chronisch ziek kind of een kind met een beperking
        "familiezorg",          // zorg binnen de familie, zoals veel mensen met een niet-westerse achtergrond het noemen
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

/// <summary>The age bands policy staff count reach in; young and older caregivers are target groups.</summary>
public static class AgeBands
{
    /// <summary>"Young" means up to 25 in Hilversum's plan (DOMAIN.md: 002:819).</summary>
    public const int YoungUpTo = 25;
    public const int OlderFrom = 65;

    public const string Young = "upTo25";
    public const string Middle = "26to64";
    public const string Older = "65andOver";

    public static readonly IReadOnlyList<string> All = [Young, Middle, Older];
}
