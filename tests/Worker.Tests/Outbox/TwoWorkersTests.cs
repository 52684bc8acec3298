using Dapper;
using Hangfire;
using Waardering.Data.Jobs;
using Waardering.Data.Outbox;
using Waardering.Testing;
using Waardering.Worker.Tests.Infrastructure;

namespace Waardering.Worker.Tests.Outbox;

/// <summary>
/// Two Worker processes on one database: both send, every mail goes out once, and the recurring
/// jobs exist once. Each Worker sends from an address of its own, so a mail tells who sent it.
/// </summary>
public sealed class TwoWorkersTests : IAsyncLifetime
{
    private const int Total = 600;
    private static readonly string[] Senders = ["worker-a@waardering.test", "worker-b@waardering.test"];
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task TwoWorkerProcesses_BothSendAndEveryMailArrivesOnce_WithOneScheduleOfEachRecurringJob()
    {
        var address = OutboxRows.NewAddress();
        var messageIds = await OutboxRun.AddMailsAsync(_database.DataSource, address, Total);
        // Created before the Workers start, so the three do not race to install Hangfire's schema.
        var jobs = new BackgroundJobClient(HangfireStorageSetup.CreateStorage(_database.ConnectionString));
        await using var first = StartWorker(Senders[0]);
        await using var second = StartWorker(Senders[1]);
        await WaitForAsync("select count(*)::int = 2 from hangfire.server", "both Workers' Hangfire servers are up");

        // As Web does after each request of a burst: ask for a dispatch, more often than one Worker can take at once.
        for (var i = 0; i < 8; i++)
        {
            jobs.Enqueue<IOutboxDispatcher>(d => d.DispatchDueAsync(CancellationToken.None));
        }

        await OutboxRun.WaitUntilAsync(_database.DataSource, p => p.Sent == Total, TimeSpan.FromSeconds(60), "every mail is sent");
        // Every dispatch has ended, so no send is still under way: what arrived is all that will.
        await WaitForAsync("select count(*)::int = 0 from hangfire.job where statename in ('Enqueued', 'Processing')",
            "every dispatch has ended");

        var mails = Maildir.To(address);
        OutboxRun.AssertEachArrivedOnce(messageIds, mails);
        var bySender = Senders.ToDictionary(s => s, s => mails.Count(m => m.From.Mailboxes.Single().Address == s));
        Assert.All(bySender, s => Assert.True(s.Value > 0, $"{s.Key} sent no mail: {string.Join(", ", bySender)}"));

        await using var check = await _database.DataSource.OpenConnectionAsync();
        var recurring = await check.ExecuteScalarAsync<int>("select count(*) from hangfire.set where key = 'recurring-jobs'");
        Assert.Equal(7, recurring); // outbox-sweep, amount-recompute, co-sign-follow-up, check-in-cycle, season-invitations, retention, letter-print-folder
    }

    private WorkerProcess StartWorker(string from) =>
        WorkerProcess.Start(_database.ConnectionString, TestEnvironment.SmtpPort, $"--Mail:From={from}", "--Mail:BatchSize=20");

    private async Task WaitForAsync(string condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        await using var connection = await _database.DataSource.OpenConnectionAsync();
        while (!await connection.ExecuteScalarAsync<bool>(condition))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not within 60 s: {what}.");
            await Task.Delay(50);
        }
    }
}
