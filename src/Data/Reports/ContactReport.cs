namespace Waardering.Data.Reports;

/// <summary>
/// What policy staff see of reach and the contactmoment: counts only, never a person or an
/// answer's free text. Each figure stands beside the previous year's.
/// </summary>
public sealed record ContactReport(
    string Municipality, int Year, IReadOnlyList<ReachRow> Reach, IReadOnlyList<WeekRow> RequestsPerWeek, CheckInFigures CheckIns);

/// <summary>
/// Caregivers reached, per age band (from the birth date; <c>ageBand</c>), per target group they
/// reported in that year's check-in (<c>targetGroup</c>), and per answer to the optional question
/// about a background (<c>background</c>), where "prefer not to say" is counted apart, never as a group.
/// </summary>
public sealed record ReachRow(string Dimension, string Group, long Caregivers, long PreviousYear);

/// <summary>Requests in the n-th week after the window opened (1 January for an all-year scheme), against the same week last year.</summary>
public sealed record WeekRow(int WeekOfWindow, long Requests, long PreviousYear);

public sealed record CheckInFigures(
    long Sent, long Answered, decimal ResponseRatePercent, long HeavyOverload, decimal HeavyOverloadSharePercent,
    long ReferralsOpen, long ReferralsContacted, long ReferralsClosed);
