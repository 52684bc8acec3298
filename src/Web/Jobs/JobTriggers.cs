using Microsoft.Extensions.Options;
using Waardering.Data.Budget;

namespace Waardering.Web.Jobs;

/// <summary>
/// Asks the Worker to act on a stored request: send its mail now, and recompute the amount as
/// volume grows. Both also happen on the Worker's own schedule, so a failure here never fails the
/// request. Both enqueue from a background service of their own, never on the request's thread.
/// </summary>
public sealed class JobTriggers(
    MailDispatchTrigger mail, RecomputeTrigger recompute, IOptions<BudgetOptions> budget, ILogger<JobTriggers> logger)
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
                recompute.Ask(schemeId);
            }
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not enqueue the jobs after a request; the Worker's schedule will catch up");
        }
    }
}
