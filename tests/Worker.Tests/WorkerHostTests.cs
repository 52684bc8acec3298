using System.Diagnostics;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Waardering.Data.Jobs;
using Waardering.Data.Outbox;
using Waardering.Testing;
using Waardering.Worker.Tests.Outbox;
using Xunit.Abstractions;

namespace Waardering.Worker.Tests;

/// <summary>The Worker host started in-process, reached the way Web reaches it: through the database.</summary>
public sealed class WorkerHostTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private IHost _worker = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _worker = WorkerHost.Build(WorkerArgs.For(_database.ConnectionString, TestEnvironment.SmtpPort),
            NoHangfireLogs.Register);
        await _worker.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _worker.StopAsync();
        _worker.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task WorkerHost_DispatchEnqueuedByAnotherProcess_SendsTheMailWithinSeconds()
    {
        var address = OutboxRows.NewAddress();
        var id = await new OutboxRows(_database.DataSource).AddAsync(address);
        // A storage of its own, as Web has: the job reaches the Worker only through PostgreSQL.
        var jobs = new BackgroundJobClient(WebLikeStorage());

        var elapsed = Stopwatch.StartNew();
        jobs.Enqueue<IOutboxDispatcher>(d => d.DispatchDueAsync(CancellationToken.None));
        var mail = Assert.Single(await Maildir.WaitForAsync(address, timeout: TimeSpan.FromSeconds(5)));

        output.WriteLine($"enqueued to delivered: {elapsed.ElapsedMilliseconds} ms");
        Assert.Equal((await new OutboxRows(_database.DataSource).GetAsync(id)).MessageId, mail.MessageId);
    }

    [Fact]
    public void WorkerHost_AtStart_SchedulesTheOutboxSweepEveryMinuteInAmsterdamTime()
    {
        using var connection = WebLikeStorage().GetConnection();

        var sweep = Assert.Single(connection.GetRecurringJobs(), j => j.Id == "outbox-sweep");

        Assert.Equal(Cron.Minutely(), sweep.Cron);
        Assert.Equal("Europe/Amsterdam", sweep.TimeZoneId);
    }

    private PostgreSqlStorage WebLikeStorage() => HangfireStorageSetup.CreateStorage(_database.ConnectionString);
}
