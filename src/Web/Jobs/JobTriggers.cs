using Hangfire;
using Microsoft.Extensions.Options;
using Waardering.Data.Budget;

namespace Waardering.Web.Jobs;

/// <summary>
/// Asks the Worker to act on a stored request: send its mail now, and recompute the amount as
/// volume grows. Both also happen on the Worker's own schedule, so a failure here never fails the
/// request. The job client is resolved here too, so that even a broken Hangfire set-up cannot
/// fail an intake.
/// </summary>
public sealed class JobTriggers(
    IServiceProvider services, MailDispatchTrigger mail, IOptions<BudgetOptions> budget, ILogger<JobTriggers> logger)
{
    /// <summary>A change wrote mail to the outbox: send it now.</summary>
    public void MailWritten() => mail.Signal();

    public void RequestStored(long schemeId, int number)
    {
        try
        {
            mail.Signal();
            if (budget.Value.RecomputeEveryRequests > 0 && number % budget.Value.RecomputeEveryRequests == 0)
            {
                services.GetRequiredService<IBackgroundJobClient>().Enqueue<IAmountRecomputer>(r => r.RecomputeAsync(schemeId, RecomputeReasons.Volume, CancellationToken.None));
            }
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not enqueue the jobs after a request; the Worker's schedule will catch up");
        }
    }
}
