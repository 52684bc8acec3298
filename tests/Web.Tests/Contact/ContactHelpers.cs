using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Waardering.Data.Contact;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Contact;

/// <summary>The steps before a check-in: a caregiver applies, is approved and paid.</summary>
public static class ContactHelpers
{
    public static JsonObject CaregiverApplies(string municipality, bool consent, string? caregiverName = null, int year = 2026)
    {
        var body = Bodies.Request(municipality, year);
        body["submittedBy"] = "caregiver";
        var caregiver = body["caregivers"]![0]!;
        caregiver["name"] = caregiverName ?? $"Mantelzorger {Guid.NewGuid():N}";
        caregiver["consentToContact"] = consent;
        return body;
    }

    /// <summary>Submits, approves and pays (a booked batch, built and approved by two officers); returns the request's id.</summary>
    public static async Task<string> SubmitAndPayAsync(this WebAppFixture app, string municipality, JsonObject body, int year = 2026)
    {
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000), year);
        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (string)(await response.ReadJsonAsync())["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await app.DecideAsync(id, approve: true)).StatusCode);
        using var anna = app.As("officer", "anna");
        using var bert = app.As("officer", "bert");
        var batch = await (await anna.PostAsJsonAsync("/api/payout-batches",
            new JsonObject { ["municipality"] = municipality, ["year"] = year })).ReadJsonAsync();
        var batchId = (string)batch["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await bert.PostAsync($"/api/payout-batches/{batchId}/approval", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anna.PostAsync($"/api/payout-batches/{batchId}/booking", null)).StatusCode);
        return id;
    }

    /// <summary>A caregiver who applied with consent, paid, and six weeks later sent their check-in.</summary>
    public static async Task<(string Municipality, JsonObject Body)> CheckInSentAsync(this WebAppFixture app)
    {
        var municipality = await app.CreateSchemeAsync();
        var body = CaregiverApplies(municipality, consent: true);
        await app.SubmitAndPayAsync(municipality, body);
        app.Clock.Advance(NodaTime.Duration.FromDays(42));
        await app.RunCheckInCycleAsync();
        return (municipality, body);
    }

    public static Task RunCheckInCycleAsync(this WebAppFixture app) =>
        app.Factory.Services.GetRequiredService<ICheckInCycle>().RunAsync(CancellationToken.None);

    /// <summary>The mails of one template to one address, newest last, with their status and model.</summary>
    public static async Task<IReadOnlyList<(string Status, JsonObject Model)>> MailsAsync(this WebAppFixture app, string template, string address)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(string Status, string Model)>("""
            select status, model::text from outbox_mails where template = @template and to_address = @address order by created_at, id
            """, new { template, address });
        return rows.Select(r => (r.Status, JsonNode.Parse(r.Model)!.AsObject())).ToList();
    }

    public static string PathOf(string url) => new Uri(url).PathAndQuery;

    /// <summary>The token of a mailed link, without the <c>&amp;lang=</c> that follows it in a request of another language.</summary>
    public static string TokenOf(string url) => url[(url.IndexOf("token=", StringComparison.Ordinal) + 6)..].Split('&')[0];

    /// <summary>The token of the first check-in mailed to an address.</summary>
    public static async Task<string> CheckInTokenAsync(this WebAppFixture app, string email) =>
        TokenOf((string)(await app.MailsAsync("check-in", email))[0].Model["checkInUrl"]!);

    public static JsonObject Answer(string? token = null, int wellbeing = 4, string contactWish = "none", string? phone = null,
        params string[] signals) => new()
    {
        ["token"] = token,
        ["wellbeing"] = wellbeing,
        ["signals"] = new JsonArray(signals.Select(s => (JsonNode)s).ToArray()),
        ["contactWish"] = contactWish,
        ["contactWhen"] = "Dinsdagochtend",
        ["phone"] = phone,
        ["keepInformed"] = true,
        ["remarks"] = "Het is soms zwaar, vooral 's nachts.",
        ["targetGroups"] = new JsonArray("working"),
    };
}
