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

var countMs = await TimeAsync(async () =>
{
    await using var c = await dataSource.OpenConnectionAsync();
    await c.ExecuteScalarAsync<long>("select count(*) from requests");
});
var recomputeMs = await TimeAsync(() => recomputer.RecomputeAsync(schemeId, RecomputeReasons.Manual, CancellationToken.None));
var reportMs = await TimeAsync(() => report.ReadAsync("GM0402", 2026, CancellationToken.None));

// The dashboard's panels: each reads its figures in one statement.
var panels = new (string Name, Func<Task> Read)[]
{
    ("dashboard: budget against spend (lines, months)", () => budgetPanel.ReadAsync("GM0402", 2026, CancellationToken.None)),
    ("dashboard: amount (history's steps, terms, today's budget)", () => amount.ReadChangesAsync("GM0402", 2026, CancellationToken.None)),
    ("dashboard: multi-year plan", () => plan.ReadAsync("GM0402", CancellationToken.None)),
    ("dashboard: requests over time (weeks, forecast)", () => requestsOverTime.ReadAsync("GM0402", 2026, CancellationToken.None)),
    ("dashboard: reach", () => reach.ReadAsync("GM0402", 2026, CancellationToken.None)),
    ("dashboard: contactmoment", () => checkIns.ReadAsync("GM0402", 2026, CancellationToken.None)),
};
var panelMs = new List<(string Name, double Ms)>();
foreach (var (name, read) in panels)
{
    panelMs.Add((name, await TimeAsync(read)));
}

Console.WriteLine($"requests: {requests:N0}, rounds: {rounds} (medians)");
Console.WriteLine("| measure | median ms | ratio to count(*) |");
Console.WriteLine("|---|---|---|");
Console.WriteLine($"| select count(*) from requests (baseline) | {countMs:F1} | 1.00 |");
Console.WriteLine($"| amount recompute | {recomputeMs:F1} | {recomputeMs / countMs:F2} |");
Console.WriteLine($"| budget report | {reportMs:F1} | {reportMs / countMs:F2} |");
foreach (var (name, ms) in panelMs)
{
    Console.WriteLine($"| {name} | {ms:F1} | {ms / countMs:F2} |");
}

async Task<double> TimeAsync(Func<Task> action)
{
    await action(); // warm the cache and the plans
    var times = new List<double>();
    for (var i = 0; i < rounds; i++)
    {
        var watch = Stopwatch.StartNew();
        await action();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return times[times.Count / 2];
}

internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
