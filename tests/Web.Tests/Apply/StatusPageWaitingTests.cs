using System.Net;
using System.Net.Http.Json;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Apply;

/// <summary>
/// Waiting for budget is not a decision (DOMAIN.md, the Awb): the status page says in plain words
/// that the municipality waits for money, never that the request was approved, and names no amount.
/// </summary>
public sealed class StatusPageWaitingTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task StatusPage_OfARequestWaitingForBudget_SaysWeWaitForBudget_NotApproved()
    {
        var municipality = await app.CreateSchemeAsync(); // no budget line: an approval waits
        var body = Bodies.Request(municipality);
        var id = (string)(await (await app.Anonymous().PostAsJsonAsync("/api/requests", body)).ReadJsonAsync())["id"]!;
        var statusUrl = (string)(await app.MailsAsync("request-received", (string)body["recipient"]!["email"]!))[0].Model["statusUrl"]!;
        var before = await (await app.Anonymous().GetAsync(ContactHelpers.PathOf(statusUrl))).Content.ReadAsStringAsync();

        var decided = await (await app.DecideAsync(id, approve: true)).ReadJsonAsync();
        var response = await app.Anonymous().GetAsync(ContactHelpers.PathOf(statusUrl));

        Assert.Equal("waitingForBudget", (string?)decided["status"]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Mantelzorger 0:", before); // the estimate shown while it was only received
        Assert.Contains("We wachten op budget.", page);
        Assert.Contains("Dit is nog geen besluit.", page);
        Assert.DoesNotContain("Goedgekeurd", page);
        Assert.DoesNotContain("Toegekend", page);
        Assert.DoesNotContain("Mantelzorger 0:", page);
    }
}
