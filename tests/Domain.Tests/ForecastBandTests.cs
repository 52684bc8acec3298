using NodaTime;
using Waardering.Domain.Budget;

namespace Waardering.Domain.Tests;

public sealed class ForecastBandTests
{
    private static readonly SchemeWindow Window = new(new LocalDate(2026, 10, 1), new LocalDate(2026, 12, 31));

    [Fact]
    public void Estimate_WithoutLastYear_IsAPoissonIntervalAroundTheLinearForecast()
    {
        // 310 units in 31 days: 610 to come; 1.96 * sqrt(610) = 48.4.
        var range = ForecastBand.Estimate(Window, new LocalDate(2026, 10, 31), 310, null);

        Assert.Equal((561, 610, 659, ArrivalForecast.Linear), (range.Low, range.Units, range.High, range.Method));
    }

    [Fact]
    public void Estimate_WithLastYear_ReachesToTheLinearForecast()
    {
        // Last year's curve: 400 is 40%, so 600 to come; the straight line from 400 in 31 days says 788.
        var range = ForecastBand.Estimate(Window, new LocalDate(2026, 10, 31), 400, 0.4);

        Assert.Equal(ArrivalForecast.LastYearCurve, range.Method);
        Assert.Equal(600, range.Units);
        Assert.Equal(ArrivalForecast.Estimate(Window, new LocalDate(2026, 10, 31), 400, null).Units, range.High);
        Assert.Equal(600 - 49, range.Low); // 1.96 * sqrt(600) = 48.0, below the curve
    }

    [Fact]
    public void Estimate_NeverGoesBelowZero()
    {
        // One unit in 31 days: 2 to come, and 1.96 * sqrt(2) is more than 2.
        var range = ForecastBand.Estimate(Window, new LocalDate(2026, 10, 31), 1, null);

        Assert.Equal(0, range.Low);
        Assert.True(range.High > range.Units);
    }

    [Fact]
    public void Estimate_AfterTheWindow_HasNoBand() =>
        Assert.Equal(new ForecastRange(0, 0, 0, ArrivalForecast.None), ForecastBand.Estimate(Window, new LocalDate(2026, 12, 31), 900, null));
}
