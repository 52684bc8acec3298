using Hangfire;
using Microsoft.Extensions.Options;
using Waardering.Data.Budget;
using Waardering.Data.Outbox;

namespace Waardering.Web.Requests;

/// <summary>
/// Asks the Worker to act on a stored request: send its mail now, and recompute the amount as
/// volume grows. Both also happen on the Worker's own schedule, so a failure here never fails the
/// request. The job client is resolved here too, so that even a broken Hangfire set-up cannot
/// fail an intake.
/// </summary>
public sealed class JobTriggers(IServiceProvider services, IOptions<BudgetOptions> budget, ILogger<JobTriggers> logger)
{
    /// <summary>A change wrote mail to the outbox: send it now.</summary>
    public void MailWritten()
    {
        try
        {
            services.GetRequiredService<IBackgroundJobClient>().Enqueue<IOutboxDispatcher>(d => d.DispatchDueAsync(CancellationToken.None));
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not enqueue the outbox dispatch; the sweep will send the mail");
        }
    }

    public void RequestStored(long schemeId, int number)
    {
        try
        {
            var jobs = services.GetRequiredService<IBackgroundJobClient>();
            jobs.Enqueue<IOutboxDispatcher>(d => d.DispatchDueAsync(CancellationToken.None));
            if (budget.Value.RecomputeEveryRequests > 0 && number % budget.Value.RecomputeEveryRequests == 0)
            {
                jobs.Enqueue<IAmountRecomputer>(r => r.RecomputeAsync(schemeId, RecomputeReasons.Volume, CancellationToken.None));
            }
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not enqueue the jobs after a request; the Worker's schedule will catch up");
        }
    }
}
