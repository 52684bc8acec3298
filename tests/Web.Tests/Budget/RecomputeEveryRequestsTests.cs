using Dapper;
using Microsoft.AspNetCore.Hosting;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Budget;

/// <summary>The Web host with <c>Budget:RecomputeEveryRequests</c> at 3.</summary>
public sealed class RecomputeEveryThreeFixture : WebAppFixture
{
    public const int Every = 3;

    protected override void Configure(IWebHostBuilder web) => web.UseSetting("Budget:RecomputeEveryRequests", $"{Every}");
}

/// <summary>
/// After every N requests the Web asks the Worker to recompute the amount; the Worker runs it and
/// stores the recompute with the volume as its reason and the open units it counted.
/// </summary>
public sealed class RecomputeEveryRequestsTests(RecomputeEveryThreeFixture app)
    : WorkerRunningTests(app), IClassFixture<RecomputeEveryThreeFixture>
{
    [Fact]
    public async Task EveryNthRequest_TheWorkerStoresOneRecomputeForTheVolume()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        for (var i = 1; i < RecomputeEveryThreeFixture.Every; i++)
        {
            await app.SubmitAsync(municipality);
        }

        Assert.Equal(0, await RecomputeJobsAsync());
        await app.SubmitAsync(municipality);

        var stored = await WaitForVolumeRecomputesAsync(municipality, 1);
        Assert.Equal(1, await RecomputeJobsAsync());
        Assert.Equal(RecomputeEveryThreeFixture.Every, Assert.Single(stored));
    }

    /// <summary>Recompute jobs the Web put in Hangfire's queue (this fixture's database holds only this test's).</summary>
    private async Task<long> RecomputeJobsAsync()
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(
            "select count(*) from hangfire.job where invocationdata ->> 'Method' = 'RecomputeAsync' and arguments::text like '%volume%'");
    }

    /// <summary>The open units of each recompute stored for the volume, once there are as many as expected (or after 30 s).</summary>
    private async Task<List<int>> WaitForVolumeRecomputesAsync(string municipality, int expected)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var connection = await app.Database.DataSource.OpenConnectionAsync();
            var units = (await connection.QueryAsync<int>("""
                select a.open_units from amount_recomputes a join schemes s on s.id = a.scheme_id
                where s.municipality_code = @municipality and a.reason = 'volume'
                """, new { municipality })).ToList();
            if (units.Count >= expected || DateTime.UtcNow > until)
            {
                return units;
            }

            await Task.Delay(100);
        }
    }
}
