using System.Net;
using System.Net.Http.Json;
using Dapper;
using Microsoft.Playwright;
using Waardering.Web.Tests.Infrastructure;
using static Waardering.Web.Tests.Staff.Dashboard.ReachScenario;

namespace Waardering.Web.Tests.Staff.Dashboard;

/// <summary>
/// The reach panel in headless Chromium: caregivers reached per age band and target group and
/// requests per channel and applicant against last year, and, once policy staff entered the
/// municipality's figures on the page, the share of them; auditors read it without the form.
/// </summary>
public sealed class ReachPageTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Policy_SeesReachAgainstLastYear_EntersThePopulation_AndSeesTheShare()
    {
        var municipality = await CreateAsync(app);
        var path = $"/staff/dashboard/reach?municipality={municipality}&year=2026";
        var (context, page) = await app.OpenAsync(path, WebAppFixture.Token("policy", "Pim Beleid", [municipality]));
        await using var _ = context;

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bereik");
        Assert.Equal(["1", "1"], await RowAsync(page, "age-bands", "Jonger dan 25"));
        Assert.Equal(["2", "0"], await RowAsync(page, "age-bands", "25 tot en met 65"));
        Assert.Equal(["1", "0"], await RowAsync(page, "age-bands", "Ouder dan 65"));
        Assert.Equal(["1", "0"], await RowAsync(page, "target-groups", "Werkende mantelzorgers"));
        Assert.Equal(["2", "1"], await RowAsync(page, "channels", "Website"));
        Assert.Equal(["1", "0"], await RowAsync(page, "channels", "Balie"));
        Assert.Equal(["2", "1"], await RowAsync(page, "applicants", "Zorgvrager"));
        Assert.Equal(["1", "0"], await RowAsync(page, "applicants", "Mantelzorger"));
        await Assertions.Expect(page.Locator("#chart-shares")).ToHaveCountAsync(0); // no population figures yet
        await BrowserFixture.CheckPageAsync(page, "staff-dashboard-reach-without-population");

        // The intensive caregivers are a part of the long-term ones: more is refused, beside the field.
        await page.GetByLabel("Mantelzorgers die langdurig zorgen").FillAsync("1.000");
        await page.GetByLabel("Mantelzorgers die langdurig en intensief zorgen").FillAsync("2000");
        await page.GetByLabel("Zwaarbelaste mantelzorgers").FillAsync("20");
        await page.GetByLabel("Jaar van de cijfers").FillAsync("2024");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cijfers opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("deel van de langdurige");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vul de bron");
        await Assertions.Expect(page.GetByLabel("Mantelzorgers die langdurig zorgen")).ToHaveValueAsync("1.000");
        await BrowserFixture.CheckPageAsync(page, "staff-dashboard-reach-population-errors");

        await page.GetByLabel("Mantelzorgers die langdurig en intensief zorgen").FillAsync("200");
        await page.GetByLabel("Bron").FillAsync("Eigen telling, 1 januari 2024");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cijfers opslaan" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("opgeslagen");
        Assert.Contains("done=population", page.Url, StringComparison.Ordinal);
        // 4 reached of 1,000 long-term and 200 intensive caregivers; 1 heavily burdened of 20. Last year: 1 reached, none burdened.
        Assert.Equal(["4", "1.000", "0,4%", "0,1%"], await RowAsync(page, "shares", "Bereikt, van wie langdurig zorgt"));
        Assert.Equal(["4", "200", "2,0%", "0,5%"], await RowAsync(page, "shares", "Bereikt, van wie langdurig en intensief zorgt"));
        Assert.Equal(["1", "20", "5,0%", "0,0%"], await RowAsync(page, "shares", "Zwaar belast bij het contactmoment, van wie zwaarbelast is"));
        await BrowserFixture.CheckPageAsync(page, "staff-dashboard-reach");
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal((1000, 200, 20, "Eigen telling, 1 januari 2024", 2024), await connection.QuerySingleAsync<(int, int, int, string, int)>("""
            select long_term_caregivers, intensive_caregivers, heavily_burdened_caregivers, source, figures_year
            from municipality_population where municipality_code = @municipality
            """, new { municipality }));
        Assert.Equal(1, await connection.QuerySingleAsync<int>("""
            select count(*)::int from audit_events
            where action = 'population-set' and channel = 'backoffice' and actor = 'Pim Beleid' and details ->> 'municipality' = @municipality
            """, new { municipality }));
        var csv = await app.As("policy", "Pim Beleid", [municipality]).GetStringAsync($"/staff/dashboard/reach/age-bands.csv?municipality={municipality}&year=2026");
        Assert.Contains("Jonger dan 25,1,1", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Auditor_SeesTheSamePanel_WithoutTheForm_AndMayNotPostIt_OfficerIsRefused()
    {
        var municipality = await app.CreateSchemeAsync();
        (await app.As("policy").PutAsJsonAsync($"/api/municipalities/{municipality}/population", Population.PopulationTests.Hilversum()))
            .EnsureSuccessStatusCode();
        var path = $"/staff/dashboard/reach?municipality={municipality}&year=2026";
        var (context, page) = await app.OpenAsync(path, WebAppFixture.Token("auditor", "Ada Audit", [municipality]));
        await using var _ = context;

        await Assertions.Expect(page.Locator("#chart-shares")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("dd", new() { HasText = "22.960" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cijfers opslaan" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByLabel("Bron")).ToHaveCountAsync(0);
        await BrowserFixture.CheckPageAsync(page, "staff-dashboard-reach-auditor");

        var auditor = app.As("auditor", "Ada Audit", [municipality]);
        var post = await auditor.PostAsync($"/staff/dashboard/reach/population?municipality={municipality}&year=2026",
            await StaffForms.ContentAsync(auditor, [("longTermCaregivers", "1"), ("intensiveCaregivers", "1"), ("heavilyBurdenedCaregivers", "1"),
                ("source", "Audit"), ("figuresYear", "2024")]));
        var officer = await app.As("officer", "Olga", [municipality]).GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
        var read = await (await app.As("policy").GetAsync($"/api/municipalities/{municipality}/population")).ReadJsonAsync();
        Assert.Equal(22960, (int)read["longTermCaregivers"]!);
    }
}
