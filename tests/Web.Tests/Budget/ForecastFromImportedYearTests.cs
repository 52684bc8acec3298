using System.Net;
using System.Text.Json.Nodes;
using NodaTime;
using Waardering.Web.Tests.Infrastructure;
using Waardering.Web.Tests.Reports;

namespace Waardering.Web.Tests.Budget;

/// <summary>
/// In the first year of use there is no scheme of last year, only its imported weeks: the
/// forecast follows their curve, and requests over time shows the same forecast against them.
/// </summary>
public sealed class ForecastFromImportedYearTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    // 2025 (before the service): 2 requests in the window's first week, 6 in its eleventh.
    private const string LastYear = "year;week;requests;caregivers;amountPerUnit\n2025;1;2;;\n2025;11;6;;\n2025;total;8;8;150\n";

    [Fact]
    public async Task Recompute_InTheFirstYearOfUse_ForecastsByTheImportedCurve_AndSetsTheAmountFromIt()
    {
        var municipality = await FirstYearAsync();

        var recompute = await (await app.As("policy").PostAsync($"/api/schemes/{municipality}/2026/recompute", null)).ReadJsonAsync();

        // On 11 October (day 10 of the window) only week 1 of 2025 had ended: 2 of its 8, a quarter.
        // This year's 3 are a quarter of 12, so 9 are still to come (a straight line would say 23).
        Assert.Equal("lastYearCurve", (string?)recompute["forecastMethod"]);
        Assert.Equal(9, (int)recompute["forecastUnits"]!);
        Assert.Equal(120_000 / 12, (long)recompute["currentAmountCents"]!);
    }

    [Fact]
    public async Task RequestsOverTime_ShowsThisYearAgainstTheImportedYear_WithTheForecastTheAmountUses()
    {
        var municipality = await FirstYearAsync();
        using var policy = app.As("policy");
        var recompute = await (await policy.PostAsync($"/api/schemes/{municipality}/2026/recompute", null)).ReadJsonAsync();

        var response = await policy.GetAsync($"/api/reports/{municipality}/2026/requests-over-time");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var figures = await response.ReadJsonAsync();
        Assert.Equal("imported", (string?)figures["lastYear"]);
        var weeks = figures["weeks"]!.AsArray();
        Assert.Equal(14, weeks.Count); // 1 October to 31 December
        Assert.Equal((3, 2), ((int)weeks[0]!["thisYear"]!, (int)weeks[0]!["lastYear"]!));
        Assert.Equal((3, 8), ((int)weeks[10]!["thisYearCumulative"]!, (int)weeks[10]!["lastYearCumulative"]!));
        var forecast = figures["forecast"]!;
        Assert.Equal((string?)recompute["forecastMethod"], (string?)forecast["method"]);
        Assert.Equal((int)recompute["forecastUnits"]!, (int)forecast["units"]!);
        Assert.Equal(23, (int)forecast["high"]!); // the straight line is the band's other end
        Assert.True((int)forecast["low"]! < 9);
        Assert.Equal(3 + 9, (int)figures["atClose"]!["units"]!);
    }

    [Fact]
    public async Task RequestsOverTime_ComparesWithTheServicesOwnLastYear_WhenThereIsOne()
    {
        var municipality = await app.CreateSchemeAsync(Bodies.Scheme(2025), 2025);
        Clock.Reset(Instant.FromUtc(2025, 10, 9, 10, 0));
        await app.SubmitAsync(Bodies.Request(municipality, 2025));
        Clock.Reset(WebAppFixture.Start);

        var figures = await (await app.As("auditor").GetAsync($"/api/reports/{municipality}/2026/requests-over-time")).ReadJsonAsync();

        Assert.Equal("service", (string?)figures["lastYear"]);
        Assert.Equal(1, (int)figures["weeks"]!.AsArray().Single(w => (int)w!["week"]! == 2)!["lastYear"]!);
    }

    [Fact]
    public async Task ContactReport_ComparesRequestsPerWeek_WithTheImportedYear()
    {
        var municipality = await FirstYearAsync();

        var report = await (await app.As("policy").GetAsync($"/api/reports/{municipality}/2026/contact")).ReadJsonAsync();

        var weeks = report["requestsPerWeek"]!.AsArray();
        Assert.Equal((3, 2), ((int)weeks.Single(w => (int)w!["weekOfWindow"]! == 1)!["requests"]!, (int)weeks.Single(w => (int)w!["weekOfWindow"]! == 1)!["previousYear"]!));
        Assert.Equal(6, (int)weeks.Single(w => (int)w!["weekOfWindow"]! == 11)!["previousYear"]!);
    }

    /// <summary>A scheme in its first year, last year imported, 3 requests in the first days and the clock on 11 October.</summary>
    private async Task<string> FirstYearAsync()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(120_000));
        Assert.Equal(HttpStatusCode.OK, (await PastYearImportTests.PostAsync(app.As("policy"), municipality, LastYear)).StatusCode);
        Clock.Reset(Instant.FromUtc(2026, 10, 5, 10, 0));
        for (var i = 0; i < 3; i++)
        {
            await app.SubmitAsync(Bodies.Request(municipality));
        }

        Clock.Reset(Instant.FromUtc(2026, 10, 11, 10, 0));
        return municipality;
    }
}
