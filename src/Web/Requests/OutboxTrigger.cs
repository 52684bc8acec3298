using Hangfire;
using Waardering.Data.Outbox;

namespace Waardering.Web.Requests;

/// <summary>
/// Asks the Worker to send due mails now. The mail is already in the outbox; if this call fails
/// the Worker's minutely sweep still sends it, so a failure here never fails the request. The job
/// client is resolved here too, so that even a broken Hangfire set-up cannot fail an intake.
/// </summary>
public sealed class OutboxTrigger(IServiceProvider services, ILogger<OutboxTrigger> logger)
{
    public void Trigger()
    {
        try
        {
            services.GetRequiredService<IBackgroundJobClient>()
                .Enqueue<IOutboxDispatcher>(d => d.DispatchDueAsync(CancellationToken.None));
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not enqueue the outbox dispatch; the sweep will send the mail");
        }
    }
}
