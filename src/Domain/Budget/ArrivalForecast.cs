using NodaTime;

namespace Waardering.Domain.Budget;

public sealed record Forecast(int Units, string Method);

/// <summary>
/// How many more units will arrive before the window closes. With last year's arrivals the
/// curve of that year is used: requests cluster (after the announcement, before the deadline),
/// which a straight line misses. Without it, the arrival rate so far is extended to the end.
/// </summary>
public static class ArrivalForecast
{
    public const string None = "none";
    public const string Linear = "linear";
    public const string LastYearCurve = "lastYearCurve";

    /// <param name="window">This year's window.</param>
    /// <param name="today">The Amsterdam date of the recompute.</param>
    /// <param name="unitsSoFar">Units that arrived this year so far.</param>
    /// <param name="lastYearShareBySameDay">
    /// Of last year's units, the share that had arrived by the same day of its window (0..1), or
    /// null when there was no last year.
    /// </param>
    public static Forecast Estimate(SchemeWindow window, LocalDate today, int unitsSoFar, double? lastYearShareBySameDay)
    {
        if (today >= window.ClosesOn)
        {
            return new Forecast(0, None);
        }

        if (lastYearShareBySameDay is > 0 and < 1 && unitsSoFar > 0)
        {
            // This year so far is the same share of this year's total as it was last year.
            var total = unitsSoFar / lastYearShareBySameDay.Value;
            return new Forecast((int)Math.Ceiling(total - unitsSoFar), LastYearCurve);
        }

        var start = today < window.OpensOn ? window.OpensOn : today;
        var elapsedDays = Math.Max(1, Period.Between(window.OpensOn, start, PeriodUnits.Days).Days + 1);
        var remainingDays = Period.Between(start, window.ClosesOn, PeriodUnits.Days).Days;
        // Whole numbers: the same inputs give the same forecast on every machine.
        var expected = (((long)unitsSoFar * remainingDays) + elapsedDays - 1) / elapsedDays;
        return new Forecast((int)expected, Linear);
    }
}
