using System.Net;
using System.Text.Json.Nodes;
using NodaTime;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Requests;

/// <summary>
/// The term for deciding (Awb 4:13) in the officers' queue: eight weeks from the Amsterdam day of
/// receipt unless the scheme sets another, shown while a request is undecided, filtered and sorted on.
/// </summary>
public sealed class DecisionDeadlineTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Queue_ShowsEachUndecidedRequestsDeadline_CountedFromTheAmsterdamDayOfReceipt()
    {
        var municipality = await app.CreateSchemeAsync();
        // 23:30 UTC on 2 November is 3 November in Amsterdam: the term runs from that day.
        Clock.Reset(Instant.FromUtc(2026, 11, 2, 23, 30));
        var late = await app.SubmitAsync(municipality);
        Clock.Reset(Instant.FromUtc(2026, 11, 5, 9, 0));
        var waiting = await app.SubmitAsync(municipality);
        var rejected = await app.SubmitAsync(municipality);
        await app.DecideAsync(waiting, approve: true); // no budget line: it waits, which is no decision
        await app.DecideAsync(rejected, approve: false, reasonCode: "incomplete");

        var items = await ItemsAsync($"municipality={municipality}&year=2026");

        Assert.Equal("2026-12-29", (string?)items[late]["decideBy"]);
        Assert.Equal("waitingForBudget", (string?)items[waiting]["status"]);
        Assert.Equal("2026-12-31", (string?)items[waiting]["decideBy"]);
        Assert.Null(items[rejected]["decideBy"]);
    }

    [Fact]
    public async Task Queue_TakesTheSchemesOwnTerm()
    {
        var scheme = Bodies.Scheme();
        scheme["decisionWeeks"] = 2;
        var municipality = await app.CreateSchemeAsync(scheme);
        var id = await app.SubmitAsync(municipality);

        var items = await ItemsAsync($"municipality={municipality}&year=2026");

        Assert.Equal("2026-11-16", (string?)items[id]["decideBy"]);
    }

    [Fact]
    public async Task Queue_DueBefore_ListsTheUndecidedRequestsNearingTheirDeadline()
    {
        var municipality = await app.CreateSchemeAsync();
        var early = await app.SubmitAsync(municipality); // due 28 December
        var rejected = await app.SubmitAsync(municipality);
        await app.DecideAsync(rejected, approve: false, reasonCode: "incomplete");
        Clock.Advance(Duration.FromDays(3));
        await app.SubmitAsync(municipality); // due 31 December

        var page = await (await app.As("officer").GetAsync(
            $"/api/requests?municipality={municipality}&year=2026&dueBefore=2026-12-30")).ReadJsonAsync();

        Assert.Equal(1, (int)page["total"]!);
        Assert.Equal([early], page["items"]!.AsArray().Select(i => (string)i!["id"]!));
    }

    [Fact]
    public async Task Queue_SortedByDeadline_ListsTheNearestFirst_AndDecidedRequestsLast()
    {
        var municipality = await app.CreateSchemeAsync();
        var decided = await app.SubmitAsync(municipality);
        await app.DecideAsync(decided, approve: false, reasonCode: "incomplete");
        Clock.Advance(Duration.FromDays(2));
        var first = await app.SubmitAsync(municipality);
        Clock.Advance(Duration.FromDays(2));
        var second = await app.SubmitAsync(municipality);

        var page = await (await app.As("officer").GetAsync(
            $"/api/requests?municipality={municipality}&year=2026&sort=deadline")).ReadJsonAsync();

        Assert.Equal([first, second, decided], page["items"]!.AsArray().Select(i => (string)i!["id"]!));
    }

    [Theory]
    [InlineData("dueBefore=30-12-2026", "dueBefore")]
    [InlineData("dueBefore=2026-02-30", "dueBefore")]
    [InlineData("sort=oldest", "sort")]
    public async Task Queue_WithABadDeadlineFilter_IsRefusedNamingIt(string query, string field)
    {
        var response = await app.As("officer").GetAsync($"/api/requests?municipality=GM0402&year=2026&{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await response.ErrorFieldsAsync());
    }

    private async Task<Dictionary<string, JsonObject>> ItemsAsync(string query)
    {
        var page = await (await app.As("officer").GetAsync($"/api/requests?{query}")).ReadJsonAsync();
        return page["items"]!.AsArray().Select(i => i!.AsObject()).ToDictionary(i => (string)i["id"]!);
    }
}
