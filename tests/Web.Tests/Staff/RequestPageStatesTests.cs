using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Staff;

/// <summary>
/// The request page in the states other officers' work leaves it in: a co-signature asked and then
/// recorded at the counter, and an IBAN change that waits for a second officer.
/// </summary>
public sealed class RequestPageStatesTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task CoSignature_IsShownAsAsked_ThenAsGivenAtTheCounterByTheOfficerWhoRecordedIt()
    {
        var (municipality, id) = await RequestPages.AwaitingCoSignatureAsync(app);
        var (context, page) = await RequestPages.OpenAsync(app, municipality, id);
        await using var _ = context;

        var coSignature = page.Locator("section", new() { Has = page.Locator("#co-signature") });
        await Assertions.Expect(coSignature).ToContainTextAsync("Nog niet");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Bevestiging van de zorgvrager vastleggen (balie of papier)" }))
            .ToHaveAttributeAsync("href", $"/staff/requests/{id}/co-signature");
        (await app.As("officer", "Bea Balie", [municipality]).PostAsJsonAsync($"/api/requests/{id}/co-sign", new JsonObject { ["channel"] = "counter" }))
            .EnsureSuccessStatusCode();
        await page.ReloadAsync();

        await Assertions.Expect(coSignature).ToContainTextAsync("bij de gemeente (balie), vastgelegd door Bea Balie");
        await Assertions.Expect(page.Locator("#history + ol")).ToContainTextAsync("Bevestigd door de zorgvrager");
        await BrowserFixture.CheckPageAsync(page, "staff-request-co-signed");
    }

    [Fact]
    public async Task PendingIbanChange_IsShownMasked_WithWhoProposedIt_AndALinkToItsConfirmation()
    {
        var (municipality, id, _) = await RequestPages.SubmittedAsync(app);
        const string newIban = "NL02ABNA0123456789";
        (await app.As("officer", "Piet Voorsteller", [municipality])
            .PutAsJsonAsync($"/api/requests/{id}/caregivers/1/iban", new JsonObject { ["iban"] = newIban })).EnsureSuccessStatusCode();

        var (context, page) = await RequestPages.OpenAsync(app, municipality, id);
        await using var _ = context;

        var row = page.Locator("tr", new() { HasText = "Mantelzorger 0" });
        await Assertions.Expect(row).ToContainTextAsync("Naar NL02**********6789, voorgesteld door Piet Voorsteller");
        await Assertions.Expect(row.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", $"/staff/requests/{id}/caregivers/1/iban");
        Assert.DoesNotContain(newIban, await page.ContentAsync(), StringComparison.Ordinal);
        await BrowserFixture.CheckPageAsync(page, "staff-request-iban-pending");
    }
}
