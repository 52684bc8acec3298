using Hangfire;
using Waardering.Data.Jobs;
using Waardering.Data.Outbox;
using Waardering.Testing;
using Waardering.Worker.Tests.Infrastructure;

namespace Waardering.Worker.Tests.Outbox;

/// <summary>
/// The Worker process stopped with SIGTERM while it sends a batch, as an orchestrator stops it:
/// it finishes the mail in hand, marks what it sent and releases its claims, so a second Worker
/// sends the rest at once; every mail arrives exactly once.
/// </summary>
public sealed class WorkerStoppedTests : IAsyncLifetime
{
    private const int Total = 500;
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Worker_StoppedWithSigtermWhileSending_ReleasesItsClaims_AndEveryMailArrivesOnce()
    {
        var address = OutboxRows.NewAddress();
        var messageIds = await OutboxRun.AddMailsAsync(_database.DataSource, address, Total);
        var jobs = new BackgroundJobClient(HangfireStorageSetup.CreateStorage(_database.ConnectionString));

        OutboxProgress atStop;
        await using (var first = StartWorker())
        {
            jobs.Enqueue<IOutboxDispatcher>(d => d.DispatchDueAsync(CancellationToken.None));
            // Sending before the freezing starts: a Worker frozen most of the time warms up slowly.
            await OutboxRun.WaitUntilAsync(_database.DataSource, p => p.Sent > 0, TimeSpan.FromSeconds(60), "the first Worker sends");
            await FreezeWithMailsInFlightAsync(first);
            var exitCode = await first.TerminateAsync(TimeSpan.FromSeconds(30));
            atStop = await OutboxProgress.ReadAsync(_database.DataSource);
            Assert.Equal(0, exitCode);
        }

        // Stopped halfway, and nothing left claimed or counted as a failed attempt.
        Assert.InRange(atStop.NotSent, 1, Total - 1);
        Assert.Empty(atStop.ClaimedUnmarked);
        Assert.Equal(atStop.NotSent, atStop.NotSentWithoutError);

        await using (var second = StartWorker())
        {
            // Well inside the ten-minute claims: only released mails can be sent this soon.
            await OutboxRun.DispatchUntilAsync(_database.DataSource, jobs, p => p.Sent == Total, TimeSpan.FromSeconds(60), "every mail is sent");
            await second.KillAsync(_database.DataSource);
        }

        OutboxRun.AssertEachArrivedOnce(messageIds, Maildir.To(address));
    }

    /// <summary>Freezes the Worker until it stands with a claim open and some mails sent, some not.</summary>
    private async Task FreezeWithMailsInFlightAsync(WorkerProcess worker)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            await worker.FreezeAsync(_database.DataSource);
            var frozen = await OutboxProgress.ReadAsync(_database.DataSource);
            if (frozen.ClaimedUnmarked.Count > 0 && frozen.Sent > 0)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The Worker never stood with mails in flight; last seen: {frozen}.");
            await worker.ThawAsync();
            await Task.Delay(10);
        }
    }

    /// <summary>Claims of ten minutes: a claim the stopping Worker kept would hold its mails past the test's wait.</summary>
    private WorkerProcess StartWorker() =>
        WorkerProcess.Start(_database.ConnectionString, TestEnvironment.SmtpPort, "--Mail:ClaimSeconds=600", "--Mail:BatchSize=25");
}
