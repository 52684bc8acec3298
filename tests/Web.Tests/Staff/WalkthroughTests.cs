using System.Net.Http.Json;
using Microsoft.Playwright;
using Waardering.Testing.Payouts;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Staff;

/// <summary>
/// What the README promises a newcomer, in headless Chromium through the real OpenID Connect
/// sign-in at the development provider and its printed users: Hilversum's officer finds the
/// example request by reference and by name and approves it, builds the payout batch; a second
/// officer approves the batch and downloads the SEPA file, which validates against the ISO schema.
/// </summary>
public sealed class WalkthroughTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    private const string Hilversum = "GM0402";

    [Fact]
    public async Task Officer_ApprovesTheExampleRequest_AndASecondOfficerApprovesItsBatch_WhoseSepaFileValidates()
    {
        var (reference, id) = await ExampleAsync();
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/staff");
        await app.LogInAtProviderAsync(page, "anna");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Werkvoorraad");
        await BrowserFixture.CheckPageAsync(page, "walkthrough-queue");

        await Search(page, "Truus");
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
        await Search(page, reference);
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(reference);
        await BrowserFixture.CheckPageAsync(page, "walkthrough-request");
        await page.GetByLabel("Toekennen").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Besluit bekijken" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Besluit versturen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Toegekend");
        Assert.Equal("approved", await app.StatusOfAsync(id));
        Assert.Equal("dev-anna", Assert.Single(await app.EventsAsync(id, "decision")).Subject);

        await page.GetByRole(AriaRole.Link, new() { Name = "Uitbetalen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Betaalopdracht maken…" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, maak de betaalopdracht" }).ClickAsync();
        await Assertions.Expect(page.GetByText("U heeft deze betaalopdracht zelf gemaakt.", new() { Exact = false })).ToBeVisibleAsync();
        var batch = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("uitgelogd");

        await page.GotoAsync(batch);
        await app.LogInAtProviderAsync(page, "bram");
        await page.GetByRole(AriaRole.Button, new() { Name = "Betaalopdracht goedkeuren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("U heeft de betaalopdracht goedgekeurd");
        await BrowserFixture.CheckPageAsync(page, "walkthrough-batch-approved");
        // Fetched with the browser context's cookies: Debian's Chromium under Playwright cancels downloads (PayoutPageTests).
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Download het bestand voor de bank (pain.001)" });
        var file = await page.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!);
        Assert.Equal(200, file.Status);
        var bytes = await file.BodyAsync();
        Assert.Empty(Pain001Schema.Validate(new MemoryStream(bytes)));
        Assert.Contains("<Nm>Mantelzorger 0</Nm>", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    /// <summary>Hilversum's scheme with its budget line, and Truus de Graaf's request beside another: what run.sh seeds.</summary>
    private async Task<(string Reference, string Id)> ExampleAsync()
    {
        using var admin = app.As("admin");
        (await admin.PutAsJsonAsync($"/api/schemes/{Hilversum}/2026", Bodies.Scheme())).EnsureSuccessStatusCode();
        await app.PutLineAsync(Hilversum, "waardering", BudgetHelpers.Line(20_000_000));
        await app.SubmitAsync(Bodies.Request(Hilversum, recipientName: "Henk Vermeulen"));
        var example = Bodies.Request(Hilversum, recipientName: "Truus de Graaf");
        var id = await app.SubmitAsync(example);
        return ($"{Hilversum}-2026-000002", id);
    }

    private static async Task Search(IPage page, string text)
    {
        await page.GetByLabel("Zoek op aanvraagnummer, naam, postcode of BSN").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
    }
}
