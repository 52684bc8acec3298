using System.Net.Http.Json;
using Dapper;
using Microsoft.Playwright;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Staff;

/// <summary>What the request page tests share: a request of their own, opened by an officer whose subject differs from their name.</summary>
public static class RequestPages
{
    /// <summary>The officer's subject at the identity provider: the trail must carry this, not the name.</summary>
    public const string OfficerSubject = "sub-olga-7f3a";

    public static string OfficerToken(string municipality) => SubjectTokens.Token("officer", OfficerSubject, "Olga Officier", [municipality]);

    /// <summary>A scheme with budget and one request submitted on the web; answers its id and the body sent.</summary>
    public static async Task<(string Municipality, string Id, System.Text.Json.Nodes.JsonObject Body)> SubmittedAsync(
        BrowserFixture app, System.Text.Json.Nodes.JsonObject? scheme = null, bool budget = true)
    {
        var municipality = await app.CreateSchemeAsync(scheme);
        if (budget)
        {
            await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        }

        var body = Bodies.Request(municipality, caregivers: 2, recipientName: "Wilhelmina de Vries");
        return (municipality, await app.SubmitAsync(body), body);
    }

    public static async Task<(IBrowserContext Context, IPage Page)> OpenAsync(BrowserFixture app, string municipality, string id) =>
        await app.OpenAsync($"/staff/requests/{id}", OfficerToken(municipality));

    /// <summary>The trail's events of one action on a request: who (subject) and the details as JSON text.</summary>
    public static async Task<List<(string? Subject, string Details)>> EventsAsync(this WebAppFixture app, string id, string action)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<(string?, string)>(
            "select actor_subject, details::text from audit_events where request_id = @id and action = @action order by id",
            new { id = Guid.Parse(id), action })).ToList();
    }

    public static async Task<int> MailsAsync(this WebAppFixture app, string id, string template)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>(
            "select count(*) from outbox_mails where request_id = @id and template = @template", new { id = Guid.Parse(id), template });
    }

    /// <summary>A request entered at the counter by the officer with this name (their subject is the name).</summary>
    public static async Task<string> EnteredByAsync(WebAppFixture app, string municipality, string officer)
    {
        var body = Bodies.Request(municipality);
        body["channel"] = "counter";
        var response = await app.As("officer", officer, [municipality]).PostAsJsonAsync("/api/requests", body);
        response.EnsureSuccessStatusCode();
        return (string)(await response.ReadJsonAsync())["id"]!;
    }

    /// <summary>A caregiver's request in a scheme that asks the recipient to confirm: awaiting co-signature.</summary>
    public static async Task<(string Municipality, string Id)> AwaitingCoSignatureAsync(WebAppFixture app)
    {
        var scheme = Bodies.Scheme();
        scheme["coSignRequired"] = true;
        var municipality = await app.CreateSchemeAsync(scheme);
        var body = Bodies.Request(municipality);
        body["submittedBy"] = "caregiver";
        return (municipality, await app.SubmitAsync(body));
    }
}
