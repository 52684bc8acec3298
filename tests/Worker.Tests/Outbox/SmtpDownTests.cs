using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Waardering.Data.Outbox;
using Waardering.Testing;
using Waardering.Worker.Tests.Infrastructure;

namespace Waardering.Worker.Tests.Outbox;

/// <summary>
/// The SMTP server goes down in the middle of a stream of mails and comes back: each failed attempt
/// is recorded against its mail, and once the server is back every mail arrives exactly once.
/// </summary>
public sealed class SmtpDownTests : IAsyncLifetime
{
    private const int Total = 200;
    private const int StoredBeforeDown = 40;
    private readonly TestDatabase _database = new();
    private readonly int _port = OutboxRows.ClosedPort();
    private IHost _worker = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        // Short retries so the test waits for the outage, not for the backoff after it; batches of
        // 25, so the outage hits one batch mid-way and finds the others unclaimed.
        _worker = WorkerHost.Build(
            WorkerArgs.For(_database.ConnectionString, _port,
                "--Mail:RetryBaseSeconds=1", "--Mail:RetryMaxSeconds=2", "--Mail:MaxAttempts=100", "--Mail:BatchSize=25"),
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
    public async Task Smtp_DownMidStreamAndBack_RecordsEachFailedAttemptAndDeliversEveryMailOnce()
    {
        var address = OutboxRows.NewAddress();
        var jobs = new BackgroundJobClient(_worker.Services.GetRequiredService<JobStorage>());
        var first = SmtpReceiver.Start(_port, diesAfter: StoredBeforeDown);
        SmtpReceiver? second = null;
        try
        {
            var messageIds = await OutboxRun.AddMailsAsync(_database.DataSource, address, Total);
            jobs.Enqueue<IOutboxDispatcher>(d => d.DispatchDueAsync(CancellationToken.None));
            await first.WaitUntilDeadAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(StoredBeforeDown, Maildir.To(address).Count);

            // Down: every dispatch fails, and each mail not sent carries its failed attempt and the error.
            var down = await OutboxRun.DispatchUntilAsync(_database.DataSource, jobs,
                p => p.NotSentWithoutError == 0 && p.Sent == StoredBeforeDown, TimeSpan.FromSeconds(20),
                $"the {StoredBeforeDown} mails taken are marked sent and every other mail has a failed attempt recorded");
            Assert.Equal((Total - StoredBeforeDown, 0), (down.NotSent, down.Failed));
            Assert.Equal(StoredBeforeDown, Maildir.To(address).Count);

            second = SmtpReceiver.Start(_port);
            await OutboxRun.DispatchUntilAsync(_database.DataSource, jobs, p => p.Sent == Total, TimeSpan.FromSeconds(30), "every mail is sent");
            OutboxRun.AssertEachArrivedOnce(messageIds, Maildir.To(address));
        }
        finally
        {
            first.Dispose();
            second?.Dispose();
        }
    }
}
