using Dapper;
using Hangfire;
using Waardering.Data.Outbox;
using Waardering.Testing;
using Waardering.Worker.Tests.Infrastructure;

namespace Waardering.Worker.Tests.Outbox;

/// <summary>
/// Two Worker processes on one database: both send, every mail goes out once, and the recurring
/// jobs exist once. Each Worker sends from an address of its own, so a mail tells who sent it.
/// </summary>
public sealed class TwoWorkersTests() : WorkerProcessTests(600)
{
    private static readonly string[] Senders = ["worker-a@waardering.test", "worker-b@waardering.test"];

    [Fact]
    public async Task TwoWorkerProcesses_BothSendAndEveryMailArrivesOnce_WithOneScheduleOfEachRecurringJob()
    {
        await using var first = StartSendingAs(Senders[0]);
        await using var second = StartSendingAs(Senders[1]);
        await WaitForAsync("select count(*)::int = 2 from hangfire.server", "both Workers' Hangfire servers are up");

        // As Web does after each request of a burst: ask for a dispatch, more often than one Worker can take at once.
        for (var i = 0; i < 8; i++)
        {
            Jobs.Enqueue<IOutboxDispatcher>(d => d.DispatchDueAsync(CancellationToken.None));
        }

        await OutboxRun.WaitUntilAsync(Database.DataSource, p => p.Sent == Total, TimeSpan.FromSeconds(60), "every mail is sent");
        // Every dispatch has ended, so no send is still under way: what arrived is all that will.
        await WaitForAsync("select count(*)::int = 0 from hangfire.job where statename in ('Enqueued', 'Processing')",
            "every dispatch has ended");

        var mails = Maildir.To(Address);
        OutboxRun.AssertEachArrivedOnce(MessageIds, mails);
        var bySender = Senders.ToDictionary(s => s, s => mails.Count(m => m.From.Mailboxes.Single().Address == s));
        Assert.All(bySender, s => Assert.True(s.Value > 0, $"{s.Key} sent no mail: {string.Join(", ", bySender)}"));

        await using var check = await Database.DataSource.OpenConnectionAsync();
        var recurring = await check.ExecuteScalarAsync<int>("select count(*) from hangfire.set where key = 'recurring-jobs'");
        Assert.Equal(7, recurring); // outbox-sweep, amount-recompute, co-sign-follow-up, check-in-cycle, season-invitations, retention, letter-print-folder
    }

    private WorkerProcess StartSendingAs(string from) => StartWorker($"--Mail:From={from}", "--Mail:BatchSize=20");

    private async Task WaitForAsync(string condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        while (!await connection.ExecuteScalarAsync<bool>(condition))
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not within 60 s: {what}.");
            await Task.Delay(50);
        }
    }
}
