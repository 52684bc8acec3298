using System.Net.Http.Json;
using Microsoft.Playwright;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Staff;

/// <summary>The officers' work queue in headless Chromium: counts, filters in the address, a posted search, another municipality's officer.</summary>
public sealed class QueuePageTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Queue_CountsEachStatus_AndASearchByNamePartOrBsnFindsTheRequest_WithoutPuttingItInTheAddress()
    {
        var municipality = await app.CreateSchemeAsync();
        var bsn = TestBsn.New();
        var wanted = Bodies.Request(municipality, recipientName: "Geertruida van Zanten");
        wanted["recipient"]!["bsn"] = bsn;
        var officer = app.As("officer");
        foreach (var body in new[] { wanted, Bodies.Request(municipality), Bodies.Request(municipality) })
        {
            (await officer.PostAsJsonAsync("/api/requests", body)).EnsureSuccessStatusCode();
        }

        var (context, page) = await app.OpenAsync($"/staff?municipality={municipality}&year=2026",
            WebAppFixture.Token("officer", "Olga Officier", [municipality]));
        await using var _ = context;

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Alle: 3" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ontvangen: 3" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(3);
        await BrowserFixture.CheckPageAsync(page, "staff-queue");

        await page.GetByLabel("Zoek op aanvraagnummer, naam, postcode of BSN").FillAsync("van zant");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync("Geertruida van Zanten");
        Assert.DoesNotContain("zant", page.Url, StringComparison.OrdinalIgnoreCase);

        await page.GetByLabel("Zoek op aanvraagnummer, naam, postcode of BSN").FillAsync(bsn);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync("Geertruida van Zanten");
        Assert.DoesNotContain(bsn, page.Url, StringComparison.Ordinal);
        await BrowserFixture.CheckPageAsync(page, "staff-queue-search");
    }

    [Fact]
    public async Task Queue_StatusFilter_StandsInTheAddress_SoTheViewCanBeShared()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        var approved = await app.SubmitAsync(municipality);
        await app.SubmitAsync(municipality);
        (await app.DecideAsync(approved, approve: true)).EnsureSuccessStatusCode();
        var (context, page) = await app.OpenAsync($"/staff?municipality={municipality}&year=2026",
            WebAppFixture.Token("officer", "Olga Officier", [municipality]));
        await using var _ = context;

        await page.GetByRole(AriaRole.Link, new() { Name = "Toegekend: 1" }).ClickAsync();

        Assert.Contains("status=approved", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
        var (shared, again) = await app.OpenAsync(new Uri(page.Url).PathAndQuery, WebAppFixture.Token("officer", "Piet", [municipality]));
        await using var __ = shared;
        await Assertions.Expect(again.Locator("tbody tr")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Queue_OfAnotherMunicipality_ShowsNothingOfIt()
    {
        var municipality = await app.CreateSchemeAsync();
        (await app.As("officer").PostAsJsonAsync("/api/requests", Bodies.Request(municipality, recipientName: "Alleen Voor Eigen Gemeente")))
            .EnsureSuccessStatusCode();
        var foreign = app.ForeignMunicipality();

        var (context, page) = await app.OpenAsync($"/staff?municipality={municipality}&year=2026",
            WebAppFixture.Token("officer", "Elders", [foreign]));
        await using var _ = context;

        Assert.Equal(404, (await page.ReloadAsync())!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Niet gevonden");
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("Alleen Voor Eigen Gemeente");
        await BrowserFixture.CheckPageAsync(page, "staff-not-found");
    }
}
