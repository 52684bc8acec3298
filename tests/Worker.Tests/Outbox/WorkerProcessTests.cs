using Hangfire;
using Waardering.Data.Jobs;
using Waardering.Data.Outbox;
using Waardering.Testing;
using Waardering.Worker.Tests.Infrastructure;

namespace Waardering.Worker.Tests.Outbox;

/// <summary>
/// What the tests that run real Worker processes over an outbox of many mails share: a database of
/// their own with the mails in it, the Hangfire storage Web enqueues through (a job reaches a Worker
/// only through PostgreSQL; made before any Worker starts, so they do not race to install Hangfire's
/// schema), Workers started as processes, and a Worker frozen at a moment the test chooses.
/// </summary>
public abstract class WorkerProcessTests(int total) : IAsyncLifetime
{
    protected int Total => total;

    protected TestDatabase Database { get; } = new();

    /// <summary>Where every mail of the test goes: what arrives there is this test's alone.</summary>
    protected string Address { get; } = OutboxRows.NewAddress();

    protected IReadOnlyList<string> MessageIds { get; private set; } = [];

    protected IBackgroundJobClient Jobs { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        MessageIds = await OutboxRun.AddMailsAsync(Database.DataSource, Address, total);
        Jobs = new BackgroundJobClient(HangfireStorageSetup.CreateStorage(Database.ConnectionString));
    }

    public Task DisposeAsync() => Database.DisposeAsync();

    /// <summary>
    /// Claims of ten minutes, which no batch outlasts, also on a machine so busy that 25 mails take
    /// many seconds, and which hold a mail past any test's wait; batches of 25 keep a claim open for
    /// most of the run, so a test finds mails in flight.
    /// </summary>
    protected static readonly string[] LongClaimsSmallBatches = ["--Mail:ClaimSeconds=600", "--Mail:BatchSize=25"];

    /// <param name="settings">The Worker's settings, e.g. <c>--Mail:BatchSize=25</c>.</param>
    protected WorkerProcess StartWorker(params string[] settings) =>
        WorkerProcess.Start(Database.ConnectionString, TestEnvironment.SmtpPort, settings);

    /// <summary>Asks for a dispatch, as Web does after a request, and waits until the Worker has sent a mail or more.</summary>
    protected async Task DispatchUntilSentAsync(int atLeast)
    {
        Jobs.Enqueue<IOutboxDispatcher>(d => d.DispatchDueAsync(CancellationToken.None));
        await OutboxRun.WaitUntilAsync(Database.DataSource, p => p.Sent >= atLeast, TimeSpan.FromSeconds(60), $"the first Worker sends {atLeast} mails");
    }

    /// <summary>
    /// Freezes the Worker (SIGSTOP) until it stands at a moment where <paramref name="inFlight"/>
    /// holds, thawing it and trying again a moment later otherwise; answers the outbox as it stands then.
    /// </summary>
    protected async Task<OutboxProgress> FreezeWhenAsync(WorkerProcess worker, Func<OutboxProgress, bool> inFlight, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            await worker.FreezeAsync(Database.DataSource);
            var frozen = await OutboxProgress.ReadAsync(Database.DataSource);
            if (inFlight(frozen))
            {
                return frozen;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The Worker never stood with mails in flight; last seen: {frozen}.");
            await worker.ThawAsync();
            await Task.Delay(10);
        }
    }

    /// <summary>A Worker sends the rest, asked to dispatch as the requests that keep arriving ask, until every mail is sent.</summary>
    protected async Task SendTheRestAsync(WorkerProcess worker, TimeSpan within)
    {
        await OutboxRun.DispatchUntilAsync(Database.DataSource, Jobs, p => p.Sent == total, within, "every mail is sent");
        await worker.KillAsync(Database.DataSource);
    }
}
