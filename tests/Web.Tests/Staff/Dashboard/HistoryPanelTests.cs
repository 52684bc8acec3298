using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Playwright;
using NodaTime;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Staff.Dashboard;

/// <summary>
/// Past years and requests over time in headless Chromium: policy staff import last year through
/// the page, then see this year against it with the forecast the amount uses.
/// </summary>
public sealed class HistoryPanelTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    private const string LastYear = "year;week;requests;caregivers;amountPerUnit\n2025;1;2;;\n2025;11;6;;\n2025;total;8;9;150,00\n";

    [Fact]
    public async Task PolicyStaff_ImportLastYear_ThenSeeThisYearAgainstIt_WithTheAmountsForecast()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(120_000));
        Clock.Reset(Instant.FromUtc(2026, 10, 5, 10, 0));
        for (var i = 0; i < 3; i++)
        {
            await app.SubmitAsync(Bodies.Request(municipality));
        }

        Clock.Reset(Instant.FromUtc(2026, 10, 11, 10, 0));
        var (context, page) = await app.OpenAsync($"/staff/dashboard/past-years?municipality={municipality}&year=2026",
            WebAppFixture.Token("policy", "Pieter", [municipality]));
        await using var _ = context;
        await Assertions.Expect(page.GetByText("Er zijn nog geen eerdere jaren ingevoerd.")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "staff-dashboard-past-years");

        await UploadAsync(page, LastYear.Replace("2025;11;6;;", "2025;11;zes;;", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Regel 3, kolom requests: \"zes\" is geen aantal aanvragen.");
        Assert.Equal(0, await ImportedYearsAsync(municipality));
        await BrowserFixture.CheckPageAsync(page, "staff-dashboard-past-years-errors");

        await UploadAsync(page, LastYear);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Het bestand is ingelezen.");
        var imported = Cells(page.GetByRole(AriaRole.Table, new() { Name = "Ingevoerde jaren" }), "2025");
        await Assertions.Expect(imported).ToHaveTextAsync((Regex[])[new("^8$"), new("^9$"), new("^€ 150,00$"), new("^2$"), new("Pieter$")]);
        Assert.Equal(1, await ImportedYearsAsync(municipality));
        await BrowserFixture.CheckPageAsync(page, "staff-dashboard-past-years-imported");

        await page.GetByRole(AriaRole.Link, new() { Name = "Aanvragen", Exact = true }).ClickAsync();
        var figures = await (await app.As("policy").GetAsync($"/api/reports/{municipality}/2026/requests-over-time")).ReadJsonAsync();
        var weeks = page.GetByRole(AriaRole.Table, new() { Name = "Aanvragen per week, 2026 tegen 2025: de cijfers" });
        await Assertions.Expect(Cells(weeks, "Week 1")).ToHaveTextAsync(["3", "2"]);
        await Assertions.Expect(Cells(weeks, "Week 11")).ToHaveTextAsync(["0", "6"]);
        var cumulative = page.GetByRole(AriaRole.Table, new() { Name = "Aanvragen opgeteld, 2026 tegen 2025, met de verwachting: de cijfers" });
        var atClose = figures["atClose"]!;
        // This week (week 2 of the window) the forecast starts; by the closing week it reaches what the amount expects.
        await Assertions.Expect(Cells(cumulative, "Week 2")).ToHaveTextAsync(["3", "2", "3", "3", "3"]);
        await Assertions.Expect(Cells(cumulative, "Week 14"))
            .ToHaveTextAsync(["", "8", atClose["units"]!.ToString(), atClose["low"]!.ToString(), atClose["high"]!.ToString()]);
        await Assertions.Expect(page.GetByText($"{atClose["units"]} (marge {atClose["low"]} tot {atClose["high"]})")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Verloop vorig jaar")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "staff-dashboard-requests");
    }

    [Fact]
    public async Task AnAuditor_SeesThePages_WithoutTheUpload_AndAnOfficerIsRefused()
    {
        var municipality = await app.CreateSchemeAsync();
        Assert.Equal(HttpStatusCode.OK, (await Reports.PastYearImportTests.PostAsync(app.As("policy"), municipality, LastYear)).StatusCode);

        var (context, page) = await app.OpenAsync($"/staff/dashboard/past-years?municipality={municipality}&year=2026",
            WebAppFixture.Token("auditor", "Aad", [municipality]));
        await using var _ = context;
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Ingevoerde jaren" })).ToContainTextAsync("2025");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Bestand inlezen" })).ToHaveCountAsync(0);
        await page.GotoAsync($"/staff/dashboard/requests?municipality={municipality}&year=2026");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Aanvragen");
        await BrowserFixture.CheckPageAsync(page, "staff-dashboard-requests-auditor");

        using var officer = app.As("officer", "Olga", [municipality]);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/staff/dashboard/requests?municipality={municipality}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/staff/dashboard/past-years?municipality={municipality}")).StatusCode);
    }

    private static async Task UploadAsync(IPage page, string csv)
    {
        await page.GetByLabel("CSV-bestand met eerdere jaren").SetInputFilesAsync(new FilePayload
        {
            Name = "eerdere-jaren.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Bestand inlezen" }).ClickAsync();
    }

    private async Task<int> ImportedYearsAsync(string municipality)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>("select count(*) from past_years where municipality_code = @municipality", new { municipality });
    }

    /// <summary>The cells of the row a table heads with <paramref name="name"/>.</summary>
    private static ILocator Cells(ILocator table, string name) =>
        table.GetByRole(AriaRole.Row).Filter(new() { Has = table.Page.GetByRole(AriaRole.Rowheader, new() { Name = name, Exact = true }) })
            .GetByRole(AriaRole.Cell);
}
