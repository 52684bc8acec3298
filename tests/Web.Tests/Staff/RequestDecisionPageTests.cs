using System.Net;
using Microsoft.Playwright;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Staff;

/// <summary>
/// Deciding and voiding from the request page, in headless Chromium: the mail is seen before
/// anything is stored, errors come back beside their field, four eyes hold against a forged post.
/// </summary>
public sealed class RequestDecisionPageTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Officer_ApprovesFromThePage_AfterSeeingTheMail_AndTheTrailCarriesTheirSubject()
    {
        var (municipality, id, _) = await RequestPages.SubmittedAsync(app);
        var (context, page) = await RequestPages.OpenAsync(app, municipality, id);
        await using var _ = context;

        await page.GetByLabel("Toekennen").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Besluit bekijken" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("controleren");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("heeft de mantelzorgwaardering 2026 toegekend");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Wilhelmina de Vries");
        // Seen, not stored: the preview's transaction was rolled back.
        Assert.Equal("received", await app.StatusOfAsync(id));
        Assert.Equal(0, await app.MailsAsync(id, "decision"));
        // The page and the preview both show personal data: two reads on the trail.
        Assert.Equal(2, (await app.EventsAsync(id, "read")).Count(e => e.Subject == RequestPages.OfficerSubject));
        await BrowserFixture.CheckPageAsync(page, "staff-request-decision-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Besluit versturen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Toegekend");
        Assert.Contains("done=approved", page.Url, StringComparison.Ordinal);
        Assert.Equal("approved", await app.StatusOfAsync(id));
        Assert.Equal(RequestPages.OfficerSubject, Assert.Single(await app.EventsAsync(id, "decision")).Subject);
        Assert.True(await app.MailsAsync(id, "decision") > 0);
        await BrowserFixture.CheckPageAsync(page, "staff-request-approved");
    }

    [Fact]
    public async Task Rejection_WithoutReason_ComesBackWithTheErrorBesideTheFieldAndInTheSummary_AndStoresNothing()
    {
        var (municipality, id, _) = await RequestPages.SubmittedAsync(app);
        var (context, page) = await RequestPages.OpenAsync(app, municipality, id);
        await using var _ = context;

        await page.GetByLabel("Afwijzen").CheckAsync();
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Besluit bekijken" }).ClickAsync(), r => r.Url.EndsWith("/decision", StringComparison.Ordinal));

        Assert.Equal(400, response.Status);
        await Assertions.Expect(page.Locator("#reasonCode-error")).ToHaveTextAsync("Kies de reden van de afwijzing.");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link, new() { Name = "Kies de reden van de afwijzing." }))
            .ToHaveAttributeAsync("href", "#reasonCode");
        await Assertions.Expect(page.GetByLabel("Afwijzen")).ToBeCheckedAsync();
        Assert.Equal("received", await app.StatusOfAsync(id));
        Assert.Empty(await app.EventsAsync(id, "decision"));
        Assert.Equal(0, await app.MailsAsync(id, "decision"));
        await BrowserFixture.CheckPageAsync(page, "staff-request-decision-errors");
    }

    [Fact]
    public async Task OfficerWhoEnteredTheRequest_IsNotOfferedTheDecision_AndAForgedPostIsRefusedWithoutStoringAnything()
    {
        var (municipality, _, _) = await RequestPages.SubmittedAsync(app);
        var id = await RequestPages.EnteredByAsync(app, municipality, "Bea Balie");
        var (context, page) = await app.OpenAsync($"/staff/requests/{id}", WebAppFixture.Token("officer", "Bea Balie", [municipality]));
        await using var _ = context;

        await Assertions.Expect(page.Locator("#decide ~ p")).ToContainTextAsync("U heeft deze aanvraag zelf ingevoerd");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Besluit bekijken" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Ingevoerd door");

        var client = app.As("officer", "Bea Balie", [municipality]);
        foreach (var confirm in new[] { "", "yes" })
        {
            var forged = await client.PostAsync($"/staff/requests/{id}/decision",
                await StaffForms.ContentAsync(client, [("approve", "true"), ("confirm", confirm)]));
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
            Assert.Contains("Vier ogen", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal("received", await app.StatusOfAsync(id));
        Assert.Empty(await app.EventsAsync(id, "decision"));
    }

    [Fact]
    public async Task Void_AsksForAReason_ThenSaysWhatItDoes_ThenVoidsTheRequest()
    {
        var (municipality, id, _) = await RequestPages.SubmittedAsync(app);
        var (context, page) = await RequestPages.OpenAsync(app, municipality, id);
        await using var _ = context;

        await page.GetByRole(AriaRole.Button, new() { Name = "Ongeldig verklaren…" }).ClickAsync();
        await Assertions.Expect(page.Locator("#voidReason-error")).ToContainTextAsync("Geef de reden");
        await page.GetByLabel("Reden", new() { Exact = true }).FillAsync("Dubbel ingevoerd aan de balie");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ongeldig verklaren…" }).ClickAsync();

        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("kan de zorgvrager dit jaar opnieuw een aanvraag doen");
        Assert.Equal("received", await app.StatusOfAsync(id));
        await BrowserFixture.CheckPageAsync(page, "staff-request-void-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ongeldig verklaren", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ongeldig verklaard");
        Assert.Equal("voided", await app.StatusOfAsync(id));
        var voided = Assert.Single(await app.EventsAsync(id, "voided"));
        Assert.Equal(RequestPages.OfficerSubject, voided.Subject);
        Assert.Contains("Dubbel ingevoerd aan de balie", voided.Details, StringComparison.Ordinal);
        await BrowserFixture.CheckPageAsync(page, "staff-request-voided");
    }
}
