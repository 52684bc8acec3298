using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Staff.Dashboard;

/// <summary>The dashboard's budget panel in headless Chromium: the same figures as the API's budget report, as a chart, a table and a CSV.</summary>
public sealed class BudgetPanelTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task PolicyStaff_SeeEachLineAndTheTotal_AsTheBudgetReportHasThem_AndDownloadTheTable()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(20_000_000));
        await app.PutLineAsync(municipality, "gala", BudgetHelpers.Line(4_500_000, "spuk", fundsAppreciation: false, grantCode: "GALA"));
        Assert.Equal(HttpStatusCode.Created, (await app.As("policy").PostAsJsonAsync("/api/expenditures", new JsonObject
        {
            ["municipality"] = municipality, ["year"] = 2026, ["lineCode"] = "waardering", ["amountCents"] = 1_234_500,
            ["description"] = "Dag van de mantelzorg",
        })).StatusCode);
        var approved = await app.SubmitAsync(municipality, caregivers: 2);
        (await app.DecideAsync(approved, approve: true)).EnsureSuccessStatusCode();
        var report = await app.BudgetAsync(municipality);
        var line = report["lines"]!.AsArray().Single(l => (string)l!["code"]! == "waardering")!;

        var (context, page) = await app.OpenAsync($"/staff/dashboard?municipality={municipality}", WebAppFixture.Token("policy", "Pieter", [municipality]));
        await using var _ = context;
        Assert.EndsWith($"/staff/dashboard/budget?municipality={municipality}&year=2026", page.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Budget en uitgaven");
        var lines = page.GetByRole(AriaRole.Table, new() { Name = "Budget en besteding per regel, 2026: de cijfers" });
        await Assertions.Expect(Row(lines, "€ 200.000,00")).ToContainTextAsync(Euros((long)line["committedCents"]!));
        await Assertions.Expect(Row(lines, "Totaal")).ToContainTextAsync("€ 245.000,00");
        await Assertions.Expect(Row(lines, "Totaal")).ToContainTextAsync(Euros((long)line["spentCents"]!));
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Van het budget van € 245.000,00 in 2026" })).ToBeVisibleAsync();
        var months = page.GetByRole(AriaRole.Table, new() { Name = "Besteding per maand, opgeteld, 2026: de cijfers" });
        await Assertions.Expect(months).ToContainTextAsync("€ 12.345,00");
        await Assertions.Expect(Row(months, "jan 2026")).ToContainTextAsync("€ 0,00");
        await BrowserFixture.CheckPageAsync(page, "staff-dashboard-budget");

        var href = await page.GetByRole(AriaRole.Link, new() { Name = "Download de cijfers van “Budget en besteding per regel, 2026” (CSV)" })
            .GetAttributeAsync("href");
        var csv = await (await context.APIRequest.GetAsync(href!)).TextAsync();
        Assert.StartsWith("Budgetregel,Budget,Vastgelegd,Uitgegeven,Nog vrij", csv);
        Assert.Contains("Totaal,245000.00,", csv);
    }

    [Fact]
    public async Task AnAuditor_SeesThePanel_AnOfficerIsRefused_AndAnotherMunicipalityIsNotFound()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(20_000_000));

        var (auditorContext, auditor) = await app.OpenAsync($"/staff/dashboard/budget?municipality={municipality}&year=2026",
            WebAppFixture.Token("auditor", "Aad", [municipality]));
        await using (auditorContext)
        {
            await Assertions.Expect(auditor.GetByRole(AriaRole.Table).First).ToContainTextAsync("€ 200.000,00");
            await Assertions.Expect(auditor.GetByRole(AriaRole.Link, new() { Name = "Dashboard" })).ToHaveAttributeAsync("aria-current", "page");
            await Assertions.Expect(auditor.GetByRole(AriaRole.Button, new() { Name = "Budgetregel opslaan" })).ToHaveCountAsync(0);
            await Assertions.Expect(auditor.GetByRole(AriaRole.Button, new() { Name = "Kosten vastleggen" })).ToHaveCountAsync(0);
        }

        using var officer = app.As("officer", "Olga", [municipality]);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/staff/dashboard/budget?municipality={municipality}")).StatusCode);
        using var elsewhere = app.As("policy", "Pieter", [app.NewMunicipality()]);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/staff/dashboard/budget?municipality={municipality}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/staff/dashboard/budget/lines.csv?municipality={municipality}")).StatusCode);
    }

    [Fact]
    public async Task PolicyStaff_SetALine_AndChargeCosts_ThroughTheForms_WithEveryMistakeNamedAndNothingStored()
    {
        var municipality = await app.CreateSchemeAsync();
        var (context, page) = await app.OpenAsync($"/staff/dashboard/budget?municipality={municipality}&year=2026",
            WebAppFixture.Token("policy", "Pieter", [municipality]));
        await using var _ = context;

        await page.GetByLabel("Code", new() { Exact = true }).FillAsync("waardering");
        await page.GetByLabel("Budget in euro").FillAsync("twee ton");
        await page.GetByRole(AriaRole.Button, new() { Name = "Budgetregel opslaan" }).ClickAsync();
        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("Vul het bedrag in euro's in");
        await Assertions.Expect(summary).ToContainTextAsync("Vul een naam in");
        await Assertions.Expect(summary).ToContainTextAsync("Kies de bron van het geld.");
        await Assertions.Expect(page.Locator(".waardering-chart__drawing")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByLabel("Budget in euro")).ToHaveValueAsync("twee ton");
        await BrowserFixture.CheckPageAsync(page, "staff-dashboard-budget-line-refused");
        Assert.Equal(0, await LinesAsync(municipality));

        await page.GetByLabel("Naam").FillAsync("Mantelzorgwaardering (individueel en collectief)");
        await page.GetByLabel("Gemeentelijk").CheckAsync();
        await page.GetByLabel("Budget in euro").FillAsync("200.000");
        await page.GetByLabel("Uit deze regel wordt de mantelzorgwaardering betaald").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Budgetregel opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De budgetregel is opgeslagen.");
        Assert.Equal(20_000_000L, (long)(await app.BudgetAsync(municipality))["lines"]![0]!["budgetCents"]!);

        await page.GetByLabel("Bedrag in euro").FillAsync("250.000");
        await page.GetByLabel("Waarvoor").FillAsync("Dag van de mantelzorg");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kosten vastleggen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Dit bedrag is hoger dan wat er nog over is op de begrotingsregel.");
        await page.GetByLabel("Bedrag in euro").FillAsync("12.000,50");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kosten vastleggen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("De kosten zijn vastgelegd.");
        Assert.Equal(1_200_050L, (long)(await app.BudgetAsync(municipality))["lines"]![0]!["spentCents"]!);
        await BrowserFixture.CheckPageAsync(page, "staff-dashboard-budget-cost-recorded");

        await page.GetByRole(AriaRole.Link, new() { Name = "Mantelzorgwaardering (individueel en collectief) (waardering)" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Budget in euro")).ToHaveValueAsync("200.000");
    }

    [Fact]
    public async Task PolicyStaff_SignedInThroughTheProvider_StartOnTheDashboard()
    {
        await using var context = await app.NewContextAsync();
        var page = await app.SignInAsync(context, "chris");

        await page.GotoAsync("/staff");
        Assert.Contains("/staff/dashboard/budget?municipality=GM0402&year=", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Budget en uitgaven");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Werkvoorraad" })).ToHaveCountAsync(0);
    }

    private async Task<int> LinesAsync(string municipality)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await Dapper.SqlMapper.ExecuteScalarAsync<int>(connection, "select count(*)::int from budget_lines where municipality_code = @municipality", new { municipality });
    }

    private static ILocator Row(ILocator table, string name) => table.GetByRole(AriaRole.Row).Filter(new() { HasText = name });

    private static string Euros(long cents) => new Domain.Money(cents).ToString();
}
