using Hangfire;
using MimeKit;
using Npgsql;
using Waardering.Data.Outbox;
using Waardering.Worker.Tests.Mail;

namespace Waardering.Worker.Tests.Outbox;

/// <summary>Many mails in a test's outbox, and waits on what the database says of them, each failing loudly on its timeout.</summary>
public static class OutboxRun
{
    /// <summary>Adds the mails in one transaction, as a burst of requests would; answers their Message-IDs.</summary>
    public static async Task<IReadOnlyList<string>> AddMailsAsync(NpgsqlDataSource dataSource, string address, int count)
    {
        var model = MailSamples.RequestReceived("Truus");
        var mails = Enumerable.Range(0, count).Select(_ => new OutboxMail("request-received", "nl", null, address, "Truus", model, null)).ToList();
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var ids = await new OutboxWriter().AddAllAsync(transaction, mails, CancellationToken.None);
        await transaction.CommitAsync();
        return ids.Select(id => $"{id:N}@{OutboxWriter.MessageIdDomain}").ToList();
    }

    /// <summary>How many times each Message-ID arrived: every copy counted, none merged.</summary>
    public static IReadOnlyDictionary<string, int> Copies(IEnumerable<MimeMessage> mails) =>
        mails.GroupBy(m => m.MessageId ?? "(no Message-ID)").ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Each mail arrived exactly once, with its own Message-ID, and no other mail arrived.</summary>
    public static void AssertEachArrivedOnce(IReadOnlyList<string> messageIds, IEnumerable<MimeMessage> mails)
    {
        var copies = Copies(mails);
        Assert.Equal(messageIds.Order(), copies.Keys.Order());
        Assert.All(copies, c => Assert.True(c.Value == 1, $"{c.Key} arrived {c.Value} times"));
    }

    /// <summary>Polls the outbox until <paramref name="until"/> holds; fails after the timeout, saying where the outbox stands.</summary>
    public static Task<OutboxProgress> WaitUntilAsync(
        NpgsqlDataSource dataSource, Func<OutboxProgress, bool> until, TimeSpan timeout, string what) =>
        PollAsync(dataSource, null, until, timeout, what);

    /// <summary>
    /// Asks for a dispatch every half second, as the requests that keep arriving do, until
    /// <paramref name="until"/> holds; fails after the timeout, saying where the outbox stands.
    /// </summary>
    public static Task<OutboxProgress> DispatchUntilAsync(
        NpgsqlDataSource dataSource, IBackgroundJobClient jobs, Func<OutboxProgress, bool> until, TimeSpan timeout, string what) =>
        PollAsync(dataSource, jobs, until, timeout, what);

    private static async Task<OutboxProgress> PollAsync(
        NpgsqlDataSource dataSource, IBackgroundJobClient? jobs, Func<OutboxProgress, bool> until, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        var nextDispatch = DateTime.MinValue;
        while (true)
        {
            var progress = await OutboxProgress.ReadAsync(dataSource);
            if (until(progress))
            {
                return progress;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Not within {timeout}: {what}; the outbox has {progress}.");
            if (jobs is not null && DateTime.UtcNow >= nextDispatch)
            {
                jobs.Enqueue<IOutboxDispatcher>(d => d.DispatchDueAsync(CancellationToken.None));
                nextDispatch = DateTime.UtcNow + TimeSpan.FromMilliseconds(500);
            }

            await Task.Delay(20);
        }
    }
}
