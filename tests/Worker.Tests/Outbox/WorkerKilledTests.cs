using System.Diagnostics;
using Hangfire;
using Waardering.Data.Jobs;
using Waardering.Data.Outbox;
using Waardering.Testing;
using Waardering.Worker.Tests.Mail;

namespace Waardering.Worker.Tests.Outbox;

/// <summary>
/// The Worker process killed (SIGKILL) while it sends 2,000 mails, then started again: every mail
/// arrives, and a mail that arrives twice carries the same Message-ID both times.
/// </summary>
public sealed class WorkerKilledTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Worker_KilledMidRunAndRestarted_LosesNoMail()
    {
        const int total = 2000;
        var address = $"{Guid.NewGuid():N}@example.org";
        var messageIds = await AddMailsAsync(address, total);
        // The storage Web enqueues through; the job reaches the Worker only through PostgreSQL.
        var jobs = new BackgroundJobClient(HangfireStorageSetup.CreateStorage(_database.ConnectionString));

        var first = StartWorker();
        try
        {
            jobs.Enqueue<IOutboxDispatcher>(d => d.DispatchDueAsync(CancellationToken.None));
            await Maildir.WaitForAsync(address, count: 300, timeout: TimeSpan.FromSeconds(60));
        }
        finally
        {
            // SIGKILL, also when the test fails: a Worker left running would outlive the test run.
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
            first.Dispose();
        }

        var beforeRestart = Maildir.To(address).Count;
        var second = StartWorker();
        try
        {
            jobs.Enqueue<IOutboxDispatcher>(d => d.DispatchDueAsync(CancellationToken.None));
            // The killed Worker's claims expire after the claim time (2 s here); the sweep or a new trigger takes them.
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
            while (Maildir.To(address).Select(m => m.MessageId).Distinct().Count() < total && DateTime.UtcNow < deadline)
            {
                await Task.Delay(1000);
                jobs.Enqueue<IOutboxDispatcher>(d => d.DispatchDueAsync(CancellationToken.None));
            }
        }
        finally
        {
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync();
            second.Dispose();
        }

        var arrived = Maildir.To(address).Select(m => m.MessageId).ToList();
        Assert.True(beforeRestart < total, $"the first Worker sent all {beforeRestart} mails before it was killed");
        Assert.Equal(messageIds.Order(), arrived.Distinct().Order()); // every mail, and only these
    }

    private Process StartWorker()
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Waardering.Worker.dll"));
        foreach (var arg in WorkerArgs.For(_database.ConnectionString, TestEnvironment.SmtpPort, "--Mail:ClaimSeconds=2", "--Mail:BatchSize=25"))
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        // Drain the logs so a full pipe never blocks the Worker.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task<IReadOnlyList<string>> AddMailsAsync(string address, int count)
    {
        var model = MailSamples.RequestReceived("Truus");
        var ids = new List<string>();
        await using var connection = await _database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        for (var i = 0; i < count; i++)
        {
            var id = await new OutboxWriter().AddAsync(transaction,
                new OutboxMail("request-received", "nl", null, address, "Truus", model, null), CancellationToken.None);
            ids.Add($"{id:N}@{OutboxWriter.MessageIdDomain}");
        }

        await transaction.CommitAsync();
        return ids;
    }
}
