using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Waardering.Data.Audit;
using Waardering.Data.Budget;
using Waardering.Data.Requests;
using Waardering.Domain.Requests;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Requests;

/// <summary>Every change of a request's status follows the Domain's rule and leaves its event on the trail.</summary>
public sealed class RequestTransitionsTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    private static readonly TransitionEvent Event = new(Actor.Worker, "test", Instant.FromUtc(2026, 11, 2, 10, 0));

    [Fact]
    public async Task AChangeTheRuleDoesNotAllow_IsRefusedAndWritesNothing()
    {
        var municipality = await app.CreateSchemeAsync();
        var id = await app.SubmitAsync(municipality);
        await app.DecideAsync(id, approve: false, reasonCode: "incomplete");
        var trail = await app.AuditActionsAsync(id);
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => RequestTransitions.ChangeAsync(
            transaction, Guid.Parse(id), RequestStatus.Rejected, RequestStatus.Approved, Event));
        await Assert.ThrowsAsync<InvalidOperationException>(() => RequestTransitions.ChangeAllAsync(
            transaction, RequestStatus.Expired, RequestStatus.Received, "true", new { }, Event));
        await transaction.RollbackAsync();

        Assert.Equal("rejected", await app.StatusOfAsync(id));
        Assert.Equal(trail, await app.AuditActionsAsync(id));
    }

    [Fact]
    public async Task AnAllowedChangeOfARequestNoLongerInItsStatus_IsRefused()
    {
        var municipality = await app.CreateSchemeAsync();
        var id = await app.SubmitAsync(municipality);
        await app.DecideAsync(id, approve: false, reasonCode: "incomplete");
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();

        // Received may become approved, but this request is rejected by now.
        await Assert.ThrowsAsync<InvalidOperationException>(() => RequestTransitions.ChangeAsync(
            transaction, Guid.Parse(id), RequestStatus.Received, RequestStatus.Approved, Event));
    }

    [Fact]
    public async Task Decisions_WriteADecisionEventWithTheNewStatus()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        var approved = await app.SubmitAsync(municipality);
        var rejected = await app.SubmitAsync(municipality);

        (await app.DecideAsync(approved, approve: true)).EnsureSuccessStatusCode();
        (await app.DecideAsync(rejected, approve: false, reasonCode: "incomplete")).EnsureSuccessStatusCode();

        Assert.Equal(("decision", "approved"), (await EventsAsync(approved))[^1]);
        Assert.Equal(("decision", "rejected"), (await EventsAsync(rejected))[^1]);
    }

    [Fact]
    public async Task ClosingWithoutBudgetForEveryApproval_PutsTheRestOnTheTrailAsWaitingForBudget()
    {
        var scheme = Bodies.Scheme();
        scheme["payoutMode"] = "afterClose";
        scheme["floorAmountCents"] = 10000;
        var municipality = await app.CreateSchemeAsync(scheme);
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(15000)); // one award at the floor, not two
        var first = await app.SubmitAsync(municipality);
        var second = await app.SubmitAsync(municipality);
        (await app.DecideAsync(first, approve: true)).EnsureSuccessStatusCode();
        (await app.DecideAsync(second, approve: true)).EnsureSuccessStatusCode();

        app.Clock.Reset(Instant.FromUtc(2027, 1, 1, 12, 0));
        var close = await app.As("policy", "Beleidsmedewerker").PostAsync($"/api/schemes/{municipality}/2026/recompute", null);
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);

        Assert.Equal("approved", await app.StatusOfAsync(first));
        Assert.Equal("waitingForBudget", await app.StatusOfAsync(second));
        Assert.DoesNotContain(await EventsAsync(first), e => e.Action == SchemeClosing.BudgetRanOut);
        Assert.Equal((SchemeClosing.BudgetRanOut, "waitingForBudget"), (await EventsAsync(second))[^1]);
        // The policy officer who asked for the recompute closed the scheme, not the Worker.
        var (_, actor, channel) = (await app.AuditTrailAsync(second))[^1];
        Assert.Equal(("Beleidsmedewerker", "backoffice"), (actor, channel));
    }

    /// <summary>The request's trail as staff read it: each event's action and the status it names, if any.</summary>
    private async Task<List<(string Action, string? Status)>> EventsAsync(string id)
    {
        var history = (await (await app.As("officer").GetAsync($"/api/requests/{id}/history")).ReadJsonAsync<JsonArray>())!;
        return history.Select(e => ((string)e!["action"]!, (string?)JsonNode.Parse((string)e["details"]!)!["status"])).ToList();
    }
}
