namespace Waardering.Domain.Budget;

/// <summary>The forecast the amount uses, with how far the units still to come may reasonably lie from it.</summary>
public sealed record ForecastRange(int Low, int Units, int High, string Method);

/// <summary>
/// The band around the arrival forecast, shown to policy staff beside the amount's estimate so a
/// council question ("what if more come?") is answered with a range, not one number.
/// </summary>
public static class ForecastBand
{
    /// <summary>
    /// About 95% of a Poisson count lies within 1.96 standard deviations of its mean (normal
    /// approximation); a Poisson's variance equals its mean.
    /// </summary>
    private const double Z95 = 1.96;

    /// <summary>
    /// The forecast of <see cref="ArrivalForecast.Estimate"/> with its band. Two reasons for
    /// uncertainty are covered: requests arrive one by one and independently, so even a right rate
    /// leaves a Poisson spread around the estimate; and when last year's curve gives the estimate,
    /// the straight line from this year's rate is the other reading of the same data, so the band
    /// reaches to it as well. The band never goes below zero.
    /// </summary>
    public static ForecastRange Estimate(SchemeWindow window, NodaTime.LocalDate today, int unitsSoFar, double? lastYearShareBySameDay)
    {
        var forecast = ArrivalForecast.Estimate(window, today, unitsSoFar, lastYearShareBySameDay);
        if (forecast.Method == ArrivalForecast.None)
        {
            return new ForecastRange(0, 0, 0, forecast.Method);
        }

        var spread = Z95 * Math.Sqrt(forecast.Units);
        var low = Math.Max(0, (int)Math.Floor(forecast.Units - spread));
        var high = (int)Math.Ceiling(forecast.Units + spread);
        if (forecast.Method == ArrivalForecast.LastYearCurve)
        {
            var linear = ArrivalForecast.Estimate(window, today, unitsSoFar, null).Units;
            low = Math.Min(low, linear);
            high = Math.Max(high, linear);
        }

        return new ForecastRange(low, forecast.Units, high, forecast.Method);
    }
}
