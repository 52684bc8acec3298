using System.Net;
using System.Net.Http.Json;
using NodaTime;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Budget;

/// <summary>
/// The forecast of units still to come follows last year's arrival curve, end to end through the
/// API: two scheme years of one municipality, requests submitted on their days, and the amount
/// the recompute gives from them.
/// </summary>
public sealed class ForecastFromLastYearTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Recompute_WithLastYearsArrivals_ForecastsByItsCurve_AndSetsTheAmountFromIt()
    {
        var municipality = await app.CreateSchemeAsync(Bodies.Scheme(2025), 2025);
        using (var admin = app.As("admin"))
        {
            Assert.Equal(HttpStatusCode.Created, (await admin.PutAsJsonAsync($"/api/schemes/{municipality}/2026", Bodies.Scheme())).StatusCode);
        }

        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(120_000));
        // 2025: 2 requests in the first days of the window, 6 just before its deadline.
        await SubmitOnAsync(municipality, 2025, new LocalDate(2025, 10, 5), 2);
        await SubmitOnAsync(municipality, 2025, new LocalDate(2025, 12, 20), 6);
        // 2026: 3 requests by the same day of the window.
        await SubmitOnAsync(municipality, 2026, new LocalDate(2026, 10, 5), 3);
        Clock.Reset(Instant.FromUtc(2026, 10, 11, 10, 0));

        var recompute = await (await app.As("policy").PostAsync($"/api/schemes/{municipality}/2026/recompute", null)).ReadJsonAsync();

        // By 11 October last year had a quarter of its 8 requests: this year's 3 are a quarter of 12,
        // so 9 are still to come. A straight line from the rate so far would forecast 23.
        Assert.Equal("lastYearCurve", (string?)recompute["forecastMethod"]);
        Assert.Equal(9, (int)recompute["forecastUnits"]!);
        Assert.Equal(3, (int)recompute["openUnits"]!);
        Assert.Equal(120_000 / 12, (long)recompute["currentAmountCents"]!); // € 1.200 over 3 + 9 units
        var scheme = await (await app.Anonymous().GetAsync($"/api/schemes/{municipality}/2026")).ReadJsonAsync();
        Assert.Equal(10_000, (long)scheme["currentAmountCents"]!);
    }

    private async Task SubmitOnAsync(string municipality, int year, LocalDate day, int requests)
    {
        Clock.Reset(day.At(new LocalTime(10, 0)).InUtc().ToInstant());
        for (var i = 0; i < requests; i++)
        {
            await app.SubmitAsync(Bodies.Request(municipality, year));
        }
    }
}
