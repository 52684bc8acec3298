using Dapper;
using Waardering.Domain.Mail;
using Waardering.Domain.Vocabulary;
using Waardering.Testing;
using Waardering.Worker.Tests.Infrastructure;

namespace Waardering.Worker.Tests.Outbox;

/// <summary>
/// The Worker process killed (SIGKILL) while it sends 2,000 mails, with mails in flight, then
/// started again: every mail arrives and ends sent, and only the mails it had claimed and not yet
/// marked at the kill may arrive twice, each time with the same Message-ID.
/// </summary>
public sealed class WorkerKilledTests() : WorkerProcessTests(2000)
{
    [Fact]
    public async Task Worker_KilledWithMailsInFlightAndRestarted_SendsEveryMailAndResendsAtMostTheUnmarkedOnes()
    {
        OutboxProgress atKill;
        await using (var first = StartWorker(LongClaimsSmallBatches))
        {
            await DispatchUntilSentAsync(100);
            atKill = await KillWithMailsInFlightAsync(first);
        }

        await ExpireClaimsAsync();
        await using (var second = StartWorker(LongClaimsSmallBatches))
        {
            await SendTheRestAsync(second, TimeSpan.FromSeconds(90));
        }

        // Every copy counted: a resend of all mails must show here, so no Distinct() before counting.
        var copies = OutboxRun.Copies(Maildir.To(Address));
        Assert.Equal(MessageIds.Order(), copies.Keys.Order()); // every mail, and only these
        var twice = copies.Where(c => c.Value > 1).Select(c => c.Key).ToList();
        var extra = copies.Values.Sum() - Total;
        Assert.True(extra <= atKill.ClaimedUnmarked.Count,
            $"{extra} copies too many, while {atKill.ClaimedUnmarked.Count} mails were claimed and not marked at the kill");
        Assert.All(twice, id => Assert.Contains(id, atKill.ClaimedUnmarked));
        var end = await OutboxProgress.ReadAsync(Database.DataSource);
        Assert.Equal((Total, 0), (end.Sent, end.NotSent));
    }

    /// <summary>
    /// Freezes the Worker until it stands at a moment with mails in flight (a claim open, some
    /// mails sent and some not), then kills it and reads the outbox as the kill left it.
    /// </summary>
    private async Task<OutboxProgress> KillWithMailsInFlightAsync(WorkerProcess worker)
    {
        var frozen = await FreezeWhenAsync(worker, p => p.ClaimedUnmarked.Count > 0 && p.Sent > 0 && p.NotSent > p.ClaimedUnmarked.Count,
            TimeSpan.FromSeconds(30));
        await worker.KillAsync(Database.DataSource);
        var atKill = await OutboxProgress.ReadAsync(Database.DataSource);
        Assert.Equal((frozen.Sent, frozen.NotSent), (atKill.Sent, atKill.NotSent));
        Assert.Equal(frozen.ClaimedUnmarked.Order(), atKill.ClaimedUnmarked.Order());
        return atKill;
    }

    /// <summary>
    /// The killed Worker's claims run out, as they would once their time has passed: from now on
    /// the second Worker takes those mails, by the same condition on <c>locked_until</c> as ever.
    /// Short claims (5 s) are not waited out instead: on a busy machine such a claim also runs out
    /// while its batch is still being sent, and another dispatch job of the same Worker (the test
    /// asks for one every half second) takes those mails and sends them a second time, mails no
    /// kill left claimed.
    /// </summary>
    private async Task ExpireClaimsAsync()
    {
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(
            "update outbox_mails set locked_until = now() - interval '1 second' where status = @pending and locked_until is not null",
            new { pending = OutboxStatus.Pending.Code() });
    }
}
