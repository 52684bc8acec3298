using Hangfire;
using Waardering.Data.Outbox;

namespace Waardering.Web.Jobs;

/// <summary>
/// Tells the Worker that mail is waiting, at most once per <see cref="Interval"/>. At the season's
/// opening hundreds of requests a second each write mail; one Hangfire job sends them all, since
/// the dispatcher runs until none are due. A signal that arrives while a job is being enqueued
/// leads to one more job, so no mail waits for the Worker's minutely sweep.
/// </summary>
public sealed class MailDispatchTrigger(IServiceProvider services, ILogger<MailDispatchTrigger> logger) : BackgroundService
{
    /// <summary>Short against the two seconds in which a confirmation should leave.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly SemaphoreSlim _signal = new(0, 1);
    private int _pending;

    public void Signal()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _signal.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await _signal.WaitAsync(stoppingToken);
            Volatile.Write(ref _pending, 0);
            try
            {
                // Resolved here, not in the constructor, so that a broken Hangfire set-up never fails an intake.
                services.GetRequiredService<IBackgroundJobClient>().Enqueue<IOutboxDispatcher>(d => d.DispatchDueAsync(CancellationToken.None));
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Could not enqueue the outbox dispatch; the Worker's sweep will send the mail");
            }

            await Task.Delay(Interval, stoppingToken);
        }
    }
}
