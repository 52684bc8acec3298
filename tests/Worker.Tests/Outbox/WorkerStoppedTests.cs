using Waardering.Testing;

namespace Waardering.Worker.Tests.Outbox;

/// <summary>
/// The Worker process stopped with SIGTERM while it sends a batch, as an orchestrator stops it:
/// it finishes the mail in hand, marks what it sent and releases its claims, so a second Worker
/// sends the rest at once; every mail arrives exactly once.
/// </summary>
public sealed class WorkerStoppedTests() : WorkerProcessTests(500)
{
    [Fact]
    public async Task Worker_StoppedWithSigtermWhileSending_ReleasesItsClaims_AndEveryMailArrivesOnce()
    {
        OutboxProgress atStop;
        await using (var first = StartWorker(LongClaimsSmallBatches))
        {
            // Sending before the freezing starts: a Worker frozen most of the time warms up slowly.
            await DispatchUntilSentAsync(1);
            await FreezeWhenAsync(first, p => p.ClaimedUnmarked.Count > 0 && p.Sent > 0, TimeSpan.FromSeconds(60));
            var exitCode = await first.TerminateAsync(TimeSpan.FromSeconds(30));
            atStop = await OutboxProgress.ReadAsync(Database.DataSource);
            Assert.Equal(0, exitCode);
        }

        // Stopped halfway, and nothing left claimed or counted as a failed attempt.
        Assert.InRange(atStop.NotSent, 1, Total - 1);
        Assert.Empty(atStop.ClaimedUnmarked);
        Assert.Equal(atStop.NotSent, atStop.NotSentWithoutError);

        await using (var second = StartWorker(LongClaimsSmallBatches))
        {
            // Well inside the ten-minute claims: only released mails can be sent this soon.
            await SendTheRestAsync(second, TimeSpan.FromSeconds(60));
        }

        OutboxRun.AssertEachArrivedOnce(MessageIds, Maildir.To(Address));
    }
}
