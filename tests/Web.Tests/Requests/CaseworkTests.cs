using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Waardering.Data.CoSigning;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Requests;

public sealed class CaseworkTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Queue_ListsTheSchemesRequestsOldestFirstByPage()
    {
        var municipality = await app.CreateSchemeAsync();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            app.Clock.Advance(NodaTime.Duration.FromMinutes(1));
            ids.Add(await app.SubmitAsync(municipality));
        }

        var first = await (await app.As("officer").GetAsync($"/api/requests?municipality={municipality}&year=2026&pageSize=2")).ReadJsonAsync();
        var third = await (await app.As("officer").GetAsync($"/api/requests?municipality={municipality}&year=2026&pageSize=2&page=3")).ReadJsonAsync();

        Assert.Equal(5, (int)first["total"]!);
        Assert.Equal(ids.Take(2), first["items"]!.AsArray().Select(i => (string)i!["id"]!));
        Assert.Equal([ids[4]], third["items"]!.AsArray().Select(i => (string)i!["id"]!));
    }

    [Fact]
    public async Task Queue_FiltersByStatus()
    {
        var municipality = await app.CreateSchemeAsync();
        var rejected = await app.SubmitAsync(municipality);
        await app.SubmitAsync(municipality);
        await app.DecideAsync(rejected, approve: false, reasonCode: "incomplete");

        var page = await (await app.As("officer").GetAsync($"/api/requests?municipality={municipality}&year=2026&status=rejected")).ReadJsonAsync();

        Assert.Equal([rejected], page["items"]!.AsArray().Select(i => (string)i!["id"]!));
    }

    [Fact]
    public async Task Queue_AcceptsEveryStatusAsFilter()
    {
        var municipality = await app.CreateSchemeAsync();
        foreach (var status in Codes.All<RequestStatus>())
        {
            var response = await app.As("officer").GetAsync($"/api/requests?municipality={municipality}&year=2026&status={status}");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Queue_FiltersExpiredRequests()
    {
        app.Clock.Reset(Instant.FromUtc(2026, 10, 2, 10, 0));
        var scheme = Bodies.Scheme();
        scheme["coSignRequired"] = true;
        var municipality = await app.CreateSchemeAsync(scheme);
        var body = Bodies.Request(municipality);
        body["submittedBy"] = "caregiver";
        var expired = (string)(await (await app.Anonymous().PostAsJsonAsync("/api/requests", body)).ReadJsonAsync())["id"]!;
        await app.SubmitAsync(municipality);
        app.Clock.Advance(Duration.FromDays(30));
        await app.Factory.Services.GetRequiredService<ICoSignFollowUp>().RunAsync(CancellationToken.None);

        var page = await (await app.As("officer").GetAsync($"/api/requests?municipality={municipality}&year=2026&status=expired")).ReadJsonAsync();

        Assert.Equal([expired], page["items"]!.AsArray().Select(i => (string)i!["id"]!));
    }

    [Theory]
    [InlineData("status=lost", "status")]
    [InlineData("status=Expired", "status")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=2147483647&pageSize=200", "page")]
    [InlineData("page=10737420&pageSize=200", "page")]
    public async Task Queue_WithBadFilter_IsRefusedNamingIt(string query, string field)
    {
        var response = await app.As("officer").GetAsync($"/api/requests?municipality=GM0402&year=2026&{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ErrorFieldsAsync());
    }

    [Fact]
    public async Task Queue_TheLastPageWhoseOffsetFits_IsAnEmptyPage()
    {
        var response = await app.As("officer").GetAsync("/api/requests?municipality=GM0402&year=2026&page=10737419&pageSize=200");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.ReadJsonAsync())["items"]!.AsArray());
    }

    [Fact]
    public async Task CounterEntry_ByAnOfficer_RecordsChannelAndOfficerInTheHistory()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        body["channel"] = "counter";

        var response = await app.As("officer", "baliemedewerker").PostAsJsonAsync("/api/requests", body);
        var id = (string)(await response.ReadJsonAsync())["id"]!;
        await app.As("officer", "beoordelaar").GetAsync($"/api/requests/{id}");
        await app.DecideAsync(id, approve: false, reasonCode: "other", reason: "Geen mantelzorgrelatie aangetoond");

        var history = (await (await app.As("officer").GetAsync($"/api/requests/{id}/history")).ReadJsonAsync<JsonArray>())!;
        Assert.Equal(["submitted", "read", "decision"], history.Select(e => (string)e!["action"]!));
        Assert.Equal("baliemedewerker", (string?)history[0]!["actor"]);
        Assert.Equal("counter", (string?)history[0]!["channel"]);
        Assert.Equal("beoordelaar", (string?)history[1]!["actor"]);
        var view = await (await app.As("officer").GetAsync($"/api/requests/{id}")).ReadJsonAsync();
        Assert.Equal("counter", (string?)view["channel"]);
    }

    [Fact]
    public async Task CounterEntry_ByACitizen_IsRefused()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        body["channel"] = "counter";

        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("channel", await response.ErrorFieldsAsync());
        Assert.Equal(0, await app.RequestsOfAsync(municipality));
    }

    [Fact]
    public async Task Queue_IsNotForCitizensOrPolicyStaff()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/requests?municipality=GM0402&year=2026")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.As("policy").GetAsync("/api/requests?municipality=GM0402&year=2026")).StatusCode);
    }
}
