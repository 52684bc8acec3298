using Hangfire;
using Waardering.Data.Jobs;
using Waardering.Data.Outbox;
using Waardering.Testing;
using Waardering.Worker.Tests.Infrastructure;

namespace Waardering.Worker.Tests.Outbox;

/// <summary>
/// The Worker process killed (SIGKILL) while it sends 2,000 mails, with mails in flight, then
/// started again: every mail arrives and ends sent, and only the mails it had claimed and not yet
/// marked at the kill may arrive twice, each time with the same Message-ID.
/// </summary>
public sealed class WorkerKilledTests : IAsyncLifetime
{
    private const int Total = 2000;
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Worker_KilledWithMailsInFlightAndRestarted_SendsEveryMailAndResendsAtMostTheUnmarkedOnes()
    {
        var address = OutboxRows.NewAddress();
        var messageIds = await OutboxRun.AddMailsAsync(_database.DataSource, address, Total);
        // The storage Web enqueues through; the job reaches the Worker only through PostgreSQL.
        var jobs = new BackgroundJobClient(HangfireStorageSetup.CreateStorage(_database.ConnectionString));

        OutboxProgress atKill;
        await using (var first = StartWorker())
        {
            jobs.Enqueue<IOutboxDispatcher>(d => d.DispatchDueAsync(CancellationToken.None));
            await OutboxRun.WaitUntilAsync(_database.DataSource, p => p.Sent >= 100, TimeSpan.FromSeconds(60), "the first Worker sends 100 mails");
            atKill = await KillWithMailsInFlightAsync(first);
        }

        await using (var second = StartWorker())
        {
            await OutboxRun.DispatchUntilAsync(_database.DataSource, jobs, p => p.Sent == Total, TimeSpan.FromSeconds(90), "every mail is sent");
            await second.KillAsync(_database.DataSource);
        }

        // Every copy counted: a resend of all mails must show here, so no Distinct() before counting.
        var copies = OutboxRun.Copies(Maildir.To(address));
        Assert.Equal(messageIds.Order(), copies.Keys.Order()); // every mail, and only these
        var twice = copies.Where(c => c.Value > 1).Select(c => c.Key).ToList();
        var extra = copies.Values.Sum() - Total;
        Assert.True(extra <= atKill.ClaimedUnmarked.Count,
            $"{extra} copies too many, while {atKill.ClaimedUnmarked.Count} mails were claimed and not marked at the kill");
        Assert.All(twice, id => Assert.Contains(id, atKill.ClaimedUnmarked));
        var end = await OutboxProgress.ReadAsync(_database.DataSource);
        Assert.Equal((Total, 0), (end.Sent, end.NotSent));
    }

    /// <summary>
    /// Freezes the Worker until it stands at a moment with mails in flight (a claim open, some
    /// mails sent and some not), then kills it and reads the outbox as the kill left it.
    /// </summary>
    private async Task<OutboxProgress> KillWithMailsInFlightAsync(WorkerProcess worker)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            await worker.FreezeAsync(_database.DataSource);
            var frozen = await OutboxProgress.ReadAsync(_database.DataSource);
            if (frozen.ClaimedUnmarked.Count > 0 && frozen.Sent > 0 && frozen.NotSent > frozen.ClaimedUnmarked.Count)
            {
                await worker.KillAsync(_database.DataSource);
                var atKill = await OutboxProgress.ReadAsync(_database.DataSource);
                Assert.Equal((frozen.Sent, frozen.NotSent), (atKill.Sent, atKill.NotSent));
                Assert.Equal(frozen.ClaimedUnmarked.Order(), atKill.ClaimedUnmarked.Order());
                return atKill;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The Worker never stood with mails in flight; last seen: {frozen}.");
            await worker.ThawAsync();
            await Task.Delay(10);
        }
    }

    /// <summary>
    /// Claims last 5 s, so the restarted Worker takes the killed one's claims soon; batches of 25
    /// keep a claim open for most of the run.
    /// </summary>
    private WorkerProcess StartWorker() =>
        WorkerProcess.Start(_database.ConnectionString, TestEnvironment.SmtpPort, "--Mail:ClaimSeconds=5", "--Mail:BatchSize=25");
}
