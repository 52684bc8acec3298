using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Waardering.Web.Tests.Infrastructure;
using Waardering.Web.Tests.Payouts;

namespace Waardering.Web.Tests.Auth;

/// <summary>Staff are who their subject says, whatever their name: four eyes compare subjects, and a token without one is refused.</summary>
public sealed class StaffSubjectTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task TokenWithoutASubject_IsRefused()
    {
        const string queue = "/api/requests?municipality=GM0402&year=2026";

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.AsSubject("officer", null, "Anna Jansen").GetAsync(queue)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.AsSubject("officer", "s-anna", "Anna Jansen").GetAsync(queue)).StatusCode);
    }

    [Fact]
    public async Task Batch_ApprovedByItsBuilderUnderAnotherName_IsRefused_AndByAnotherPersonOfTheSameName_Approved()
    {
        var (municipality, _) = await app.ApprovedAwardsAsync();
        var batch = await (await app.AsSubject("officer", "s-anna", "Anna Jansen").BuildBatchAsync(municipality)).ReadJsonAsync();
        var approval = $"/api/payout-batches/{batch["id"]}/approval";

        var renamed = await app.AsSubject("officer", "s-anna", "A. de Vries-Jansen").PostAsync(approval, null);
        var namesake = await app.AsSubject("officer", "s-anna-2", "Anna Jansen").PostAsync(approval, null);

        Assert.Equal(HttpStatusCode.Forbidden, renamed.StatusCode);
        Assert.Contains("approval", await renamed.ErrorFieldsAsync());
        Assert.Equal(HttpStatusCode.OK, namesake.StatusCode);
        var trail = await app.As("auditor").GetStringAsync($"/api/audit/{municipality}/2026/events.csv");
        Assert.Contains(trail.Split('\n'), l => l.Contains(",batch-created,") && l.Contains("Anna Jansen") && l.TrimEnd().EndsWith(",s-anna"));
        Assert.Contains(trail.Split('\n'), l => l.Contains(",batch-approved,") && l.TrimEnd().EndsWith(",s-anna-2"));
    }

    [Fact]
    public async Task Request_EnteredAtTheCounter_IsNotDecidedByWhoEnteredIt()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        var body = Bodies.Request(municipality);
        body["channel"] = "counter";
        var entered = await app.AsSubject("officer", "s-anna", "Anna Jansen").PostAsJsonAsync("/api/requests", body);
        var id = (string)(await entered.ReadJsonAsync())["id"]!;
        using var annaRenamed = app.AsSubject("officer", "s-anna", "A. de Vries-Jansen");

        var approve = await annaRenamed.PostAsJsonAsync($"/api/requests/{id}/decision", new JsonObject { ["approve"] = true });
        var reject = await annaRenamed.PostAsJsonAsync($"/api/requests/{id}/decision",
            new JsonObject { ["approve"] = false, ["reasonCode"] = "incomplete" });

        foreach (var refused in new[] { approve, reject })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("approve", await refused.ErrorFieldsAsync());
            Assert.Contains("vier ogen", (string?)(await refused.ReadJsonAsync())["title"]);
        }

        Assert.Equal("received", (string?)(await (await app.As("officer").GetAsync($"/api/requests/{id}")).ReadJsonAsync())["status"]);
        var other = await app.AsSubject("officer", "s-bert", "Bert Smit").PostAsJsonAsync($"/api/requests/{id}/decision", new JsonObject { ["approve"] = true });
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }
}
