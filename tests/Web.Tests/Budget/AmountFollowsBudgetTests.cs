using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Budget;

/// <summary>
/// Hilversum's plan at a hundredth of its size, through the API: € 2.000 for appreciation of which
/// € 500 goes to the caregivers' week, base € 150. With 10 requests the amount stays € 150; with
/// 30 it must become € 50 "om binnen het budget te blijven"; with 40, € 37.
/// This class moves the clock to the last day of the window, where no more arrivals are forecast.
/// </summary>
public sealed class AmountFollowsBudgetTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Recompute_AsRequestsGrow_LowersTheAmountWithinTheBudget()
    {
        app.Clock.Reset(Instant.FromUtc(2026, 12, 31, 12, 0));
        var body = Bodies.Scheme();
        body["floorAmountCents"] = 0;
        var municipality = await app.CreateSchemeAsync(body);
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(200_000));
        using (var policy = app.As("policy"))
        {
            await policy.PostAsJsonAsync("/api/expenditures", new JsonObject
            {
                ["municipality"] = municipality, ["year"] = 2026, ["lineCode"] = "waardering", ["amountCents"] = 50_000,
                ["description"] = "Week van de mantelzorg",
            });
        }

        var amounts = new Dictionary<int, long>();
        var submitted = 0;
        foreach (var target in new[] { 10, 30, 40 })
        {
            for (; submitted < target; submitted++)
            {
                await app.SubmitAsync(municipality, caregivers: 1 + (submitted % 3));
            }

            var recompute = await (await app.As("policy").PostAsync($"/api/schemes/{municipality}/2026/recompute", null)).ReadJsonAsync();
            amounts[target] = (long)recompute["currentAmountCents"]!;
            Assert.Equal(150_000, (long)recompute["availableCents"]!);
            Assert.Equal(target, (int)recompute["openUnits"]!);
            Assert.True(amounts[target] * target <= 150_000);
        }

        Assert.Equal(15000, amounts[10]);
        Assert.Equal(5000, amounts[30]);
        Assert.Equal(3700, amounts[40]);
        var scheme = await (await app.Anonymous().GetAsync($"/api/schemes/{municipality}/2026")).ReadJsonAsync();
        Assert.Equal(3700, (long)scheme["currentAmountCents"]!);
        var history = (await (await app.As("policy").GetAsync($"/api/schemes/{municipality}/2026/amount-history")).ReadJsonAsync<JsonArray>())!;
        Assert.Equal([15000L, 5000L, 3700L], history.Select(h => (long)h!["resultCents"]!));
    }

    [Fact]
    public async Task Recompute_BelowTheFloor_KeepsTheFloorAndFlagsItForPolicyStaff()
    {
        app.Clock.Reset(Instant.FromUtc(2026, 12, 31, 12, 0));
        var municipality = await app.CreateSchemeAsync(); // floor € 50
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(150_000));
        for (var i = 0; i < 40; i++)
        {
            await app.SubmitAsync(municipality);
        }

        var recompute = await (await app.As("policy").PostAsync($"/api/schemes/{municipality}/2026/recompute", null)).ReadJsonAsync();

        Assert.Equal(5000, (long)recompute["currentAmountCents"]!);
        Assert.True((bool)recompute["belowFloor"]!);
        Assert.True((bool?)(await app.BudgetAsync(municipality))["belowFloor"]);
        await app.As("policy").PostAsync($"/api/schemes/{municipality}/2026/recompute", null);
        Assert.Equal(1, await app.BudgetAlertsAsync(municipality)); // told once, not on every run
    }

    [Fact]
    public async Task Approve_AfterRecompute_LocksTheNewAmountAndSplitsItExactly()
    {
        app.Clock.Reset(Instant.FromUtc(2026, 12, 31, 12, 0));
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(100_000));
        var first = await app.SubmitAsync(municipality, caregivers: 3);
        for (var i = 0; i < 19; i++)
        {
            await app.SubmitAsync(municipality);
        }

        await app.As("policy").PostAsync($"/api/schemes/{municipality}/2026/recompute", null); // € 1.000 / 20 = € 50
        var decision = await app.DecideAsync(first, approve: true);

        Assert.Equal(HttpStatusCode.OK, decision.StatusCode);
        var request = await (await app.As("officer").GetAsync($"/api/requests/{first}")).ReadJsonAsync();
        Assert.Equal("approved", (string?)request["status"]);
        Assert.Equal([1667L, 1667L, 1666L], request["caregivers"]!.AsArray().Select(c => (long)c!["amountCents"]!));
        Assert.Equal(5000, (long?)(await app.BudgetAsync(municipality))["lines"]![0]!["committedCents"]);
    }
}
