using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using NodaTime;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Budget;

/// <summary>
/// Hilversum's scenario through the API, in both payout modes: € 200.000 for appreciation of which
/// € 50.000 pays the caregivers' week, base € 150, at most three caregivers, requests growing from
/// 1,000 to 4,000. At every step the granted amounts stay within the budget and every split sums
/// exactly to its unit amount.
/// </summary>
public sealed class HilversumScenarioTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    private static readonly int[] Steps = [1000, 2000, 3000, 4000];
    private const long Appreciation = 20_000_000;
    private const long CaregiversWeek = 5_000_000;

    /// <summary>Requests and decisions go in eight at a time, as from several browsers and officers.</summary>
    private const int Parallel = 8;

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
            submitted.AddRange(await SubmitAsync(municipality, submitted.Count, Steps[step]));
            amounts.Add(await RecomputeAsync(municipality));
            await ApproveAsync(submitted.TakeLast(Steps[step] - (step == 0 ? 0 : Steps[step - 1])));

            await AssertWithinBudgetAndExactAsync(municipality);
        }

        // 23 October: 1,000 requests in 23 days foresee 3,000 more, so € 150.000 over 4,000 units = € 37
        // from the start; later steps count what was granted and the shrinking forecast.
        Assert.Equal([3700L, 3600L, 3600L, 3600L], amounts);
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
            var added = await SubmitAsync(municipality, submitted.Count, target);
            submitted.AddRange(added);
            await ApproveAsync(added);

            provisional.Add(await RecomputeAsync(municipality));
            await AssertWithinBudgetAndExactAsync(municipality);
        }

        app.Clock.Reset(Instant.FromUtc(2027, 1, 1, 12, 0));
        var final = await RecomputeAsync(municipality);

        Assert.Equal([15000L, 7500L, 5000L, 3700L], provisional);
        Assert.Equal(3700, final); // € 150.000 / 4,000 = € 37,50, rounded down to whole euros
        var units = await AssertWithinBudgetAndExactAsync(municipality);
        Assert.Equal(4000, units.Count);
        Assert.All(units, u => Assert.Equal(3700, u));
        Assert.Equal(3700, await RecomputeAsync(municipality)); // fixed once
    }

    private async Task<string> SchemeAsync(string payoutMode)
    {
        var body = Bodies.Scheme();
        body["payoutMode"] = payoutMode;
        body["floorAmountCents"] = 0;
        var municipality = await app.CreateSchemeAsync(body);
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(Appreciation));
        var week = await app.As("policy").PostAsJsonAsync("/api/expenditures", new JsonObject
        {
            ["municipality"] = municipality, ["year"] = 2026, ["lineCode"] = "waardering", ["amountCents"] = CaregiversWeek,
            ["description"] = "Week van de mantelzorg",
        });
        week.EnsureSuccessStatusCode();
        return municipality;
    }

    private async Task<IReadOnlyList<string>> SubmitAsync(string municipality, int from, int to)
    {
        var ids = new string[to - from];
        await System.Threading.Tasks.Parallel.ForEachAsync(Enumerable.Range(from, to - from),
            new ParallelOptions { MaxDegreeOfParallelism = Parallel },
            async (n, _) => ids[n - from] = await app.SubmitAsync(municipality, caregivers: 1 + (n % 3)));
        return ids;
    }

    private Task ApproveAsync(IEnumerable<string> ids) =>
        System.Threading.Tasks.Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = Parallel },
            async (id, _) => (await app.DecideAsync(id, approve: true)).EnsureSuccessStatusCode());

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
        Assert.True((long)line["committedCents"]! + CaregiversWeek <= Appreciation);
        Assert.True((long)line["remainingCents"]! >= 0);
        return granted.Select(g => g.Unit).ToList();
    }
}
