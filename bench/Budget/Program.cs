using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using Npgsql;
using Waardering.Data.Budget;
using Waardering.Data.Database;
using Waardering.Data.Migrations;
using Waardering.Data.Outbox;
using Waardering.Data.Schemes;

// Usage: Waardering.Budget.Bench CONNECTION_STRING [REQUESTS] [ROUNDS]
//        Waardering.Budget.Bench CONNECTION_STRING close [APPROVED_REQUESTS] [ROUNDS]
var connectionString = args[0];
var closing = args.Length > 1 && args[1] == "close";
args = closing ? [args[0], .. args[2..]] : args;
var requests = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
var rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 15;

DapperSetup.EnsureConfigured();
await using var dataSource = DataServiceCollectionExtensions.CreateDataSource(connectionString);
await new MigrationRunner(dataSource, NullLogger<MigrationRunner>.Instance).ApplyAsync(CancellationToken.None);
if (closing)
{
    await Close.RunAsync(dataSource, requests, rounds);
    return;
}

var schemeId = await Fill.SchemeWithRequestsAsync(dataSource, requests);

// The window's last day: the forecast adds nothing, so every run does the same work.
var clock = new FixedClock(Instant.FromUtc(2026, 12, 31, 12, 0));
var recomputer = new AmountRecomputer(dataSource, new SchemeStore(dataSource), clock, new OutboxWriter(),
    Options.Create(new BudgetOptions()));
var report = new BudgetReportReader(dataSource);
var amount = new AmountHistoryReader(dataSource);
var budgetPanel = new BudgetPanelReader(dataSource);
var plan = new PlanReader(dataSource);
var reach = new Waardering.Data.Reports.ReachPanelReader(dataSource);
var checkIns = new Waardering.Data.Reports.CheckInPanelReader(dataSource);
var requestsOverTime = new Waardering.Data.Reports.RequestsOverTimeReader(dataSource, clock);

// Every round times each measure once, the baseline first, so a round's ratios share the
// machine's load of that moment; the ratio is the median of the rounds' ratios.
var measures = new (string Name, Func<Task> Run)[]
{
    ("select count(*) from requests (baseline)", async () =>
    {
        await using var c = await dataSource.OpenConnectionAsync();
        await c.ExecuteScalarAsync<long>("select count(*) from requests");
    }),
    ("amount recompute", () => recomputer.RecomputeAsync(schemeId, RecomputeReasons.Manual, CancellationToken.None)),
    ("budget report", () => report.ReadAsync("GM0402", 2026, CancellationToken.None)),
    // The dashboard's panels: each reads its figures in one statement.
    ("dashboard: budget against spend (lines, months)", () => budgetPanel.ReadAsync("GM0402", 2026, CancellationToken.None)),
    ("dashboard: amount (history's steps, terms, today's budget)", () => amount.ReadChangesAsync("GM0402", 2026, CancellationToken.None)),
    ("dashboard: multi-year plan", () => plan.ReadAsync("GM0402", CancellationToken.None)),
    ("dashboard: requests over time (weeks, forecast)", () => requestsOverTime.ReadAsync("GM0402", 2026, CancellationToken.None)),
    ("dashboard: reach", () => reach.ReadAsync("GM0402", 2026, CancellationToken.None)),
    ("dashboard: contactmoment", () => checkIns.ReadAsync("GM0402", 2026, CancellationToken.None)),
};
var times = measures.Select(_ => new List<double>()).ToArray();
for (var round = 0; round <= rounds; round++)
{
    for (var i = 0; i < measures.Length; i++)
    {
        var watch = Stopwatch.StartNew();
        await measures[i].Run();
        if (round > 0) // the first round warms the cache and the plans
        {
            times[i].Add(watch.Elapsed.TotalMilliseconds);
        }
    }
}

static double Median(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);
var ratios = times.Select(t => Median(t.Select((ms, round) => ms / times[0][round]))).ToArray();
Console.WriteLine($"requests: {requests:N0}, rounds: {rounds} (medians; a ratio is the median of the rounds' ratios)");
Console.WriteLine("| measure | median ms | ratio to count(*) |");
Console.WriteLine("|---|---|---|");
for (var i = 0; i < measures.Length; i++)
{
    Console.WriteLine($"| {measures[i].Name} | {Median(times[i]):F1} | {ratios[i]:F2} |");
}

var slowest = Enumerable.Range(0, measures.Length).Where(i => measures[i].Name.StartsWith("dashboard:", StringComparison.Ordinal)).MaxBy(i => ratios[i]);
Console.WriteLine($"| **slowest dashboard panel** ({measures[slowest].Name[11..]}; target at most 2.0) | {Median(times[slowest]):F1} | {ratios[slowest]:F2} |");
Console.WriteLine($"| **amount recompute** (target at most 2.0) | {Median(times[1]):F1} | {ratios[1]:F2} |");

internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
