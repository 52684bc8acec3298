using Dapper;
using Microsoft.Playwright;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Staff;

/// <summary>Bulk decisions from the work queue in headless Chromium: see what they do, confirm once, each decided on its own.</summary>
public sealed class BulkDecisionTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Twenty_TickedAndConfirmedOnce_AreEachApprovedOnTheTrail_WithTheOfficersSubject()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(10_000_000));
        var ids = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add(Guid.Parse(await app.SubmitAsync(municipality)));
        }

        var (context, page) = await app.OpenAsync($"/staff?municipality={municipality}&year=2026",
            WebAppFixture.Token("officer", "bulk-officier", [municipality]));
        await using var _ = context;
        foreach (var box in await page.GetByRole(AriaRole.Checkbox, new() { Name = $"Kies {municipality}-" }).AllAsync())
        {
            await box.CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Gekozen aanvragen toekennen…" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Aanvragen toekennen");
        await Assertions.Expect(page.Locator("dl")).ToContainTextAsync("20 aanvragen, samen € 3.000,00");
        await BrowserFixture.CheckPageAsync(page, "staff-bulk-preview");
        await using (var before = await app.Database.DataSource.OpenConnectionAsync())
        {
            Assert.Equal(20, await before.QuerySingleAsync<int>("select count(*)::int from requests where id = any(@ids) and status = 'received'", new { ids }));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "20 aanvragen toekennen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("20 toegekend, 0 wachten op budget, 0 niet besloten");
        await BrowserFixture.CheckPageAsync(page, "staff-bulk-result");
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal(20, await connection.QuerySingleAsync<int>("select count(*)::int from requests where id = any(@ids) and status = 'approved'", new { ids }));
        Assert.Equal(20, await connection.QuerySingleAsync<int>("""
            select count(distinct request_id)::int from audit_events
            where request_id = any(@ids) and action = 'decision' and actor_subject = 'bulk-officier' and details->>'status' = 'approved'
            """, new { ids }));
        Assert.Equal(20 * 15000L, await connection.QuerySingleAsync<long>(
            "select awarded_cents from budget_lines where municipality_code = @municipality and year = 2026", new { municipality }));
    }

    [Fact]
    public async Task ARequestTheOfficerEnteredThemselves_IsShownAsNotTheirs_AndStaysUndecided()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(10_000_000));
        var body = Bodies.Request(municipality);
        body["channel"] = "counter";
        var entered = await app.WithStaffToken(_ => WebAppFixture.Token("officer", "balie-officier", [municipality]))
            .PostAsync("/api/requests", HttpExtensions.Json(body));
        Assert.Equal(System.Net.HttpStatusCode.Created, entered.StatusCode);
        var own = Guid.Parse((string)(await entered.ReadJsonAsync())["id"]!);
        var other = Guid.Parse(await app.SubmitAsync(municipality));

        var (context, page) = await app.OpenAsync($"/staff?municipality={municipality}&year=2026",
            WebAppFixture.Token("officer", "balie-officier", [municipality]));
        await using var _ = context;
        await page.GetByRole(AriaRole.Checkbox, new() { Name = $"Kies {municipality}-2026-000001" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = $"Kies {municipality}-2026-000002" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gekozen aanvragen toekennen…" }).ClickAsync();

        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync("Nee: zelf ingevoerd (vier ogen)");
        await page.GetByRole(AriaRole.Button, new() { Name = "1 aanvraag toekennen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 toegekend");
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal("received", await connection.QuerySingleAsync<string>("select status from requests where id = @own", new { own }));
        Assert.Equal("approved", await connection.QuerySingleAsync<string>("select status from requests where id = @other", new { other }));
    }

    /// <summary>The queue worked without a mouse: search, tick, preview and confirm by keyboard alone.</summary>
    [Fact]
    public async Task Queue_WorkedByKeyboardAlone_ApprovesTheRequestFound()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(10_000_000));
        var id = Guid.Parse(await app.SubmitAsync(Bodies.Request(municipality, recipientName: "Toetsenbord Tineke")));
        await app.SubmitAsync(municipality);

        var (context, page) = await app.OpenAsync($"/staff?municipality={municipality}&year=2026",
            WebAppFixture.Token("officer", "toetsenbord", [municipality]));
        await using var _ = context;
        var search = page.GetByLabel("Zoek op aanvraagnummer, naam, postcode of BSN");
        await TabUntilFocusedAsync(page, search);
        await page.Keyboard.TypeAsync("Tineke");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
        await TabUntilFocusedAsync(page, page.GetByRole(AriaRole.Checkbox, new() { Name = $"Kies {municipality}-" }));
        await page.Keyboard.PressAsync("Space");
        await TabUntilFocusedAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Gekozen aanvragen toekennen…" }));
        await page.Keyboard.PressAsync("Enter");
        await TabUntilFocusedAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "1 aanvraag toekennen" }));
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("1 toegekend");
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal("approved", await connection.QuerySingleAsync<string>("select status from requests where id = @id", new { id }));
    }

    /// <summary>Presses Tab from the top of the page until the element has the focus; fails if it is never reached.</summary>
    private static async Task TabUntilFocusedAsync(IPage page, ILocator target)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"Not reachable by Tab: {target}");
    }
}
