using System.Net;
using Dapper;
using Microsoft.Playwright;
using Waardering.Web.Tests.Budget;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Staff;

/// <summary>
/// The multi-year plan page in headless Chromium: policy staff enter Hilversum's 2024-2030 table
/// (002:1545-1577) and see −€ 45.000 in every year after SPUK GALA's end; an auditor reads the
/// same page without its forms; an officer is refused.
/// </summary>
public sealed class PlanPageTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    private static readonly int[] Years = [2024, 2025, 2026, 2027, 2028, 2029, 2030];

    [Fact]
    public async Task PolicyStaff_EnterHilversumsPlan_AndSeeTheYearsAfterGalaMarkedWithMinus45000()
    {
        var municipality = await app.CreateSchemeAsync();
        var (context, page) = await app.OpenAsync(Path(municipality), WebAppFixture.Token("policy", "Bea Beleid", [municipality]));
        await using var _ = context;
        await BrowserFixture.CheckPageAsync(page, "staff-dashboard-plan-empty");

        await page.GetByLabel("Eerste jaar").FillAsync("2024");
        await page.GetByLabel("Laatste jaar").FillAsync("2030");
        await page.GetByRole(AriaRole.Button, new() { Name = "Jaren opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De jaren van het plan zijn opgeslagen.");

        // SPUK GALA typed with money in 2027, after its last year: refused beside that year's box.
        await FillRowAsync(page, "Inkomsten", "SPUK GALA", "45.000", "SPUK-subsidie", "GALA", "2026");
        await page.GetByLabel("2027", new() { Exact = true }).FillAsync("45.000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Regel toevoegen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#amount-2027-error")).ToContainTextAsync("loopt tot en met 2026");
        await BrowserFixture.CheckPageAsync(page, "staff-dashboard-plan-errors");
        foreach (var year in Years.Skip(3))
        {
            await page.GetByLabel($"{year}", new() { Exact = true }).FillAsync("");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Regel toevoegen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De regel is toegevoegd.");

        await AddRowAsync(page, "Inkomsten", "Mantelzorgwaardering (individueel en collectief)", "200.000", "Gemeentelijk");
        await AddRowAsync(page, "Inkomsten", "Gemeentelijke middelen mantelzorgondersteuning", "415000", "Gemeentelijk");
        foreach (var (name, euros) in new[]
        {
            ("Nadere regeling basisvoorziening mantelzorg", "355.000"), ("Nadere regeling vrijwillige inzet", "45.000"),
            ("Mantelzorgwaardering (uitgaven)", "200.000"), ("0,5 FTE uitbreiding team Beleid SD", "50.000"),
            ("Kosten uitvoering meerjarige communicatieaanpak", "10.000"),
        })
        {
            await AddRowAsync(page, "Uitgaven", name, euros);
        }

        var chartTable = page.Locator("table").Filter(new() { HasText = "Geplande uitgaven" });
        foreach (var year in Years)
        {
            var row = chartTable.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = $"{year}", Exact = true }) });
            if (year >= 2027)
            {
                await Assertions.Expect(row).ToContainTextAsync("\u2212€ 45.000");
                await Assertions.Expect(row).ToContainTextAsync("na einde SPUK GALA (2026)");
            }
            else
            {
                await Assertions.Expect(row).Not.ToContainTextAsync("na einde");
            }
        }

        await BrowserFixture.CheckPageAsync(page, "staff-dashboard-plan");
        var plan = await app.As("policy").PlanAsync(municipality);
        Assert.Equal([0, 0, 0, -4_500_000, -4_500_000, -4_500_000, -4_500_000], plan["years"]!.AsArray().Select(y => (long)y!["differenceCents"]!));
    }

    [Fact]
    public async Task PolicyStaff_ChangeARowsAmounts_AndRemoveARowAfterAConfirmationThatNamesIt()
    {
        var municipality = await app.CreateSchemeAsync();
        using var policy = app.As("policy");
        await policy.SetYearsAsync(municipality, 2026, 2027);
        await policy.AddRowAsync(municipality, PlanHelpers.Row("spending", "Formatie", 5_000_000, first: 2026, last: 2027));
        await policy.AddRowAsync(municipality, PlanHelpers.Row("spending", "Communicatie", 1_000_000, first: 2026, last: 2027));
        var (context, page) = await app.OpenAsync(Path(municipality), WebAppFixture.Token("policy", "Bea Beleid", [municipality]));
        await using var _ = context;

        await page.GetByRole(AriaRole.Link, new() { Name = "Wijzigen: Formatie" }).ClickAsync();
        await page.GetByLabel("2027", new() { Exact = true }).FillAsync("veel");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wijzigingen opslaan" }).ClickAsync();
        await Assertions.Expect(page.Locator("#amount-2027-error")).ToContainTextAsync("bedrag in euro's");
        await page.GetByLabel("2027", new() { Exact = true }).FillAsync("60.000,50");
        await page.GetByRole(AriaRole.Button, new() { Name = "Wijzigingen opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De regel is gewijzigd.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Verwijderen… Communicatie" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Regel Communicatie verwijderen?");
        await BrowserFixture.CheckPageAsync(page, "staff-dashboard-plan-remove");
        await page.GetByRole(AriaRole.Button, new() { Name = "Regel Communicatie verwijderen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De regel is verwijderd.");

        var row = (await policy.PlanAsync(municipality))["rows"]!.AsArray().Single()!;
        Assert.Equal("""{"2026":5000000,"2027":6000050}""", row["amountCents"]!.ToJsonString());
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal(["budget-plan-row-changed", "budget-plan-row-removed"], await connection.QueryAsync<string>("""
            select action from audit_events where details->>'municipality' = @municipality and actor_subject = 'Bea Beleid' order by id
            """, new { municipality }));
    }

    [Fact]
    public async Task Auditor_SeesThePlanWithoutItsForms_AndAnOfficerIsRefused()
    {
        var municipality = await app.CreateSchemeAsync();
        using var policy = app.As("policy");
        await policy.EnterHilversumAsync(municipality);

        var (context, page) = await app.OpenAsync(Path(municipality), WebAppFixture.Token("auditor", "Anja Accountant", [municipality]));
        await using var _ = context;

        await Assertions.Expect(page.Locator("table").Filter(new() { HasText = "Geplande uitgaven" })).ToContainTextAsync("na einde SPUK GALA (2026)");
        await Assertions.Expect(page.GetByText("Nadere regeling basisvoorziening mantelzorg")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main form[method=post]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Wijzigen" })).ToHaveCountAsync(0);
        await BrowserFixture.CheckPageAsync(page, "staff-dashboard-plan-auditor");

        Assert.Equal(HttpStatusCode.Forbidden, (await app.As("officer").GetAsync(Path(municipality))).StatusCode);
        var csv = await app.As("auditor").GetStringAsync($"/staff/dashboard/plan/plan-years.csv?municipality={municipality}&year=2026");
        // The shortfall is a negative number, written as one: a spreadsheet can add it up.
        var line = csv.Split('\n').Single(l => l.StartsWith("2027,", StringComparison.Ordinal)).Trim();
        Assert.Equal("2027,615000.00,660000.00,0.00,-45000.00,na einde SPUK GALA (2026)", line);
    }

    private static string Path(string municipality) => $"/staff/dashboard/plan?municipality={municipality}&year=2026";

    private static async Task AddRowAsync(IPage page, string kind, string name, string euros, string? source = null)
    {
        await FillRowAsync(page, kind, name, euros, source);
        await page.GetByRole(AriaRole.Button, new() { Name = "Regel toevoegen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De regel is toegevoegd.");
    }

    private static async Task FillRowAsync(IPage page, string kind, string name, string euros, string? source = null, string? grantCode = null,
        string? grantLastYear = null)
    {
        await page.GetByRole(AriaRole.Radio, new() { Name = kind, Exact = true }).CheckAsync();
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(name);
        await page.GetByRole(AriaRole.Radio, new() { Name = source ?? "Geen (uitgaven)", Exact = true }).CheckAsync();
        await page.GetByLabel("Code van de SPUK-uitkering").FillAsync(grantCode ?? "");
        await page.GetByLabel("Laatste jaar van de uitkering").FillAsync(grantLastYear ?? "");
        foreach (var year in Years)
        {
            await page.GetByLabel($"{year}", new() { Exact = true }).FillAsync(euros);
        }
    }
}
