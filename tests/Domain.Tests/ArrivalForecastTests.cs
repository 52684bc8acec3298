using NodaTime;
using Waardering.Domain.Budget;

namespace Waardering.Domain.Tests;

public sealed class ArrivalForecastTests
{
    private static readonly SchemeWindow Window = new(new LocalDate(2026, 10, 1), new LocalDate(2026, 12, 31));

    [Fact]
    public void Estimate_WithoutLastYear_ExtendsTheRateSoFar()
    {
        // 31 days (1-31 October) brought 310 units: 10 a day, 61 days to go.
        var forecast = ArrivalForecast.Estimate(Window, new LocalDate(2026, 10, 31), 310, null);

        Assert.Equal(610, forecast.Units);
        Assert.Equal(ArrivalForecast.Linear, forecast.Method);
    }

    [Fact]
    public void Estimate_WithLastYear_ScalesByLastYearsCurve()
    {
        // Last year 40% had arrived by this day: 400 now means 1 000 in all, 600 to come.
        var forecast = ArrivalForecast.Estimate(Window, new LocalDate(2026, 10, 31), 400, 0.4);

        Assert.Equal(600, forecast.Units);
        Assert.Equal(ArrivalForecast.LastYearCurve, forecast.Method);
    }

    [Fact]
    public void Estimate_OnTheLastDay_ExpectsNothingMore() =>
        Assert.Equal(0, ArrivalForecast.Estimate(Window, new LocalDate(2026, 12, 31), 900, null).Units);
}
