using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Decisions;

/// <summary>
/// The decision mail as the Awb wants a beschikking: its date (Europe/Amsterdam), its grounds and
/// the objection clause with the address the scheme sets. Read from the outbox row the decision wrote.
/// </summary>
public sealed class DecisionMailTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    private static JsonObject HilversumAddress() => new()
    {
        ["name"] = "Gemeente Hilversum", ["line"] = "Postbus 9900", ["postcode"] = "1201gm", ["city"] = "Hilversum",
    };

    [Fact]
    public async Task Reject_MailsTheDateInAmsterdam_TheRuleAndReason_AndWhereToObject()
    {
        var scheme = Bodies.Scheme();
        scheme["objectionAddress"] = HilversumAddress();
        var municipality = await app.CreateSchemeAsync(scheme);
        var body = Bodies.Request(municipality);
        var id = (string)(await (await app.Anonymous().PostAsJsonAsync("/api/requests", body)).ReadJsonAsync())["id"]!;
        // 23:30 UTC on 30 November is already 1 December in Amsterdam.
        Clock.Reset(Instant.FromUtc(2026, 11, 30, 23, 30));

        var response = await app.DecideAsync(id, approve: false, reasonCode: "notResident", reason: "Woont in Weesp.");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var model = Assert.Single(await app.MailsAsync("decision", (string)body["recipient"]!["email"]!)).Model;
        Assert.Equal("1 december 2026", (string?)model["decidedOn"]);
        Assert.Equal("De zorgvrager moet in de gemeente wonen.", (string?)model["rule"]);
        Assert.Equal("De zorgvrager woont niet in de gemeente.", (string?)model["reason"]);
        Assert.Equal("Woont in Weesp.", (string?)model["explanation"]);
        Assert.Null(model["basis"]);
        Assert.Equal(["Gemeente Hilversum", "Postbus 9900", "1201 GM Hilversum"],
            model["objection"]!["address"]!.AsArray().Select(l => (string)l!));
        Assert.Contains("college van burgemeester en wethouders van de gemeente Testgemeente", (string?)model["objection"]!["college"]);
    }

    [Fact]
    public async Task Approve_MailsTheAmountsBasis_WithTheObjectionClause()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        var body = Bodies.Request(municipality);
        var id = (string)(await (await app.Anonymous().PostAsJsonAsync("/api/requests", body)).ReadJsonAsync())["id"]!;

        Assert.Equal(HttpStatusCode.OK, (await app.DecideAsync(id, approve: true)).StatusCode);

        var model = Assert.Single(await app.MailsAsync("decision", (string)body["recipient"]!["email"]!)).Model;
        Assert.Equal("2 november 2026", (string?)model["decidedOn"]);
        Assert.Contains("€ 150,00 per aanvraag", (string?)model["basis"]);
        Assert.Null(model["rule"]);
        // No address set for the scheme: the clause names the college, and the template points to the website.
        Assert.Empty(model["objection"]!["address"]!.AsArray());
    }

    [Fact]
    public async Task WaitingForBudget_IsNoDecision_SoItsMailHasNoObjectionClause()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        var id = (string)(await (await app.Anonymous().PostAsJsonAsync("/api/requests", body)).ReadJsonAsync())["id"]!;

        var decided = await (await app.DecideAsync(id, approve: true)).ReadJsonAsync();

        Assert.Equal("waitingForBudget", (string?)decided["status"]);
        var model = Assert.Single(await app.MailsAsync("decision", (string)body["recipient"]!["email"]!)).Model;
        Assert.True((bool)model["waitingForBudget"]!);
        Assert.Null(model["objection"]);
    }
}
