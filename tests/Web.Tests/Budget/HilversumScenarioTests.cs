using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using NodaTime;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Budget;

/// <summary>
/// Hilversum's scenario at a hundredth of its size, through the API, in both payout modes: € 2.000
/// for appreciation of which € 500 pays the caregivers' week, base € 150, at most three caregivers,
/// requests growing from 10 to 40 (1,000 to 4,000 in Hilversum). At every step the granted amounts
/// stay within the budget and every split sums exactly to its unit amount.
/// </summary>
public sealed class HilversumScenarioTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly int[] Steps = [10, 20, 30, 40];

    [Fact]
    public async Task Rolling_EachApprovalLocksTheAmountOfThatMomentWithinTheBudget()
    {
        var municipality = await SchemeAsync("rolling");
        var amounts = new List<long>();
        var submitted = new List<string>();
        for (var step = 0; step < Steps.Length; step++)
        {
            // The clock moves through the window, so the forecast of further requests shrinks.
            app.Clock.Reset(Instant.FromUtc(2026, 10, 1, 12, 0) + Duration.FromDays(22 * (step + 1)));
            while (submitted.Count < Steps[step])
            {
                submitted.Add(await app.SubmitAsync(municipality, caregivers: 1 + (submitted.Count % 3)));
            }

            amounts.Add(await RecomputeAsync(municipality));
            foreach (var id in submitted.TakeLast(Steps[step] - (step == 0 ? 0 : Steps[step - 1])))
            {
                await app.DecideAsync(id, approve: true);
            }

            await AssertWithinBudgetAndExactAsync(municipality);
        }

        // 23 October: 10 requests in 23 days foresee 30 more, so € 1.500 over 40 units = € 37 from the start;
        // later steps count what was granted and the shrinking forecast.
        Assert.Equal([3700L, 3600L, 3500L, 3500L], amounts);
    }

    [Fact]
    public async Task AfterClose_EveryoneGetsTheSameFinalAmountFixedWhenTheWindowCloses()
    {
        var municipality = await SchemeAsync("afterClose");
        app.Clock.Reset(Instant.FromUtc(2026, 12, 31, 12, 0)); // the last day: no more arrivals forecast
        var provisional = new List<long>();
        var submitted = new List<string>();
        foreach (var target in Steps)
        {
            while (submitted.Count < target)
            {
                var id = await app.SubmitAsync(municipality, caregivers: 1 + (submitted.Count % 3));
                submitted.Add(id);
                await app.DecideAsync(id, approve: true);
            }

            provisional.Add(await RecomputeAsync(municipality));
            await AssertWithinBudgetAndExactAsync(municipality);
        }

        app.Clock.Reset(Instant.FromUtc(2027, 1, 1, 12, 0));
        var final = await RecomputeAsync(municipality);

        Assert.Equal([15000L, 7500L, 5000L, 3700L], provisional);
        Assert.Equal(3700, final); // € 1.500 / 40 = € 37,50, rounded down to whole euros
        var units = await AssertWithinBudgetAndExactAsync(municipality);
        Assert.Equal(40, units.Count);
        Assert.All(units, u => Assert.Equal(3700, u));
        Assert.Equal(3700, await RecomputeAsync(municipality)); // fixed once
    }

    private async Task<string> SchemeAsync(string payoutMode)
    {
        var body = Bodies.Scheme();
        body["payoutMode"] = payoutMode;
        body["floorAmountCents"] = 0;
        var municipality = await app.CreateSchemeAsync(body);
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(200_000));
        var week = await app.As("policy").PostAsJsonAsync("/api/expenditures", new JsonObject
        {
            ["municipality"] = municipality, ["year"] = 2026, ["lineCode"] = "waardering", ["amountCents"] = 50_000,
            ["description"] = "Week van de mantelzorg",
        });
        week.EnsureSuccessStatusCode();
        return municipality;
    }

    private async Task<long> RecomputeAsync(string municipality) =>
        (long)(await (await app.As("policy").PostAsync($"/api/schemes/{municipality}/2026/recompute", null)).ReadJsonAsync())["currentAmountCents"]!;

    /// <summary>Asserts the invariants and answers the unit amount of every granted request.</summary>
    private async Task<IReadOnlyList<long>> AssertWithinBudgetAndExactAsync(string municipality)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var granted = (await connection.QueryAsync<(long Unit, long Parts, int Caregivers)>("""
            select r.unit_amount_cents, sum(c.amount_cents), count(*)::int
            from requests r join schemes s on s.id = r.scheme_id join request_caregivers c on c.request_id = r.id
            where s.municipality_code = @municipality and r.granted_at is not null
            group by r.id, r.unit_amount_cents
            """, new { municipality })).ToList();
        Assert.All(granted, g => Assert.Equal(g.Unit, g.Parts)); // per request: parts sum to the unit
        var budget = await app.BudgetAsync(municipality);
        var line = budget["lines"]![0]!;
        Assert.Equal(granted.Sum(g => g.Parts), (long)line["committedCents"]!);
        Assert.True((long)line["committedCents"]! + 50_000 <= 200_000);
        Assert.True((long)line["remainingCents"]! >= 0);
        return granted.Select(g => g.Unit).ToList();
    }
}
