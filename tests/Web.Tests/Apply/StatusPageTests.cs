using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Apply;

/// <summary>The page behind the status link that the one who applied gets: /request-status/{id}?token=….</summary>
public sealed class StatusPageTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task StatusLink_InTheApplicantsConfirmation_ShowsWhereTheRequestStands_AsItMoves()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        var body = Bodies.Request(municipality, caregivers: 2);
        var submitted = await (await app.Anonymous().PostAsJsonAsync("/api/requests", body)).ReadJsonAsync();
        var recipientMail = (await app.MailsAsync("request-received", (string)body["recipient"]!["email"]!))[0];
        var caregiverMail = (await app.MailsAsync("request-received", (string)body["caregivers"]![0]!["email"]!))[0];
        Assert.Null(caregiverMail.Model["statusUrl"]); // only the one who applied follows the request
        var (context, page) = await app.OpenAsync(ContactHelpers.PathOf((string)recipientMail.Model["statusUrl"]!));
        await using var _ = context;

        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Hoe staat uw aanvraag ervoor?");
        await Assertions.Expect(page.Locator("strong")).ToHaveTextAsync((string)submitted["reference"]!);
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Ontvangen.");
        await Assertions.Expect(page.GetByRole(AriaRole.Main).Locator("li").First).ToContainTextAsync("Mantelzorger 0: € 75,00");
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync((string)body["recipient"]!["bsn"]!);
        await BrowserFixture.CheckPageAsync(page, "status-received");

        // Each token opens its own view only: the mailed page token not the API's fuller view, and back.
        using var client = app.Anonymous();
        var pageToken = Uri.UnescapeDataString(new Uri((string)recipientMail.Model["statusUrl"]!).Query["?token=".Length..]);
        client.DefaultRequestHeaders.Add("X-Status-Token", pageToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/requests/{submitted["id"]}")).StatusCode);
        var apiTokenOnPage = await app.Anonymous().GetAsync($"/request-status/{submitted["id"]}?token={submitted["statusToken"]}");
        Assert.Equal(HttpStatusCode.Forbidden, apiTokenOnPage.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await app.DecideAsync((string)submitted["id"]!, approve: true)).StatusCode);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Toegekend.");
        await BrowserFixture.CheckPageAsync(page, "status-approved");
    }

    [Fact]
    public async Task StatusLink_WithAnotherToken_OrForNoRequest_IsRefusedTheSameWay()
    {
        var municipality = await app.CreateSchemeAsync();
        var id = await app.SubmitAsync(municipality);
        using var client = app.Anonymous();

        var wrongToken = await client.GetAsync($"/request-status/{id}?token=niet-het-goede-token");
        var otherId = Guid.NewGuid();
        var noRequest = await client.GetAsync($"/request-status/{otherId}?token=niet-het-goede-token");
        var noToken = await client.GetAsync($"/request-status/{id}");

        Assert.All([wrongToken, noRequest, noToken], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        // The same page, but for the address it was opened at (its language links lead back to it).
        Assert.Equal((await noRequest.Content.ReadAsStringAsync()).Replace(otherId.ToString(), "ID"),
            (await wrongToken.Content.ReadAsStringAsync()).Replace(id.ToString(), "ID"));
    }
}
