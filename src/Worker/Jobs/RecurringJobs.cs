using Hangfire;
using Microsoft.Extensions.Hosting;
using Waardering.Data.Budget;
using Waardering.Data.Contact;
using Waardering.Data.CoSigning;
using Waardering.Data.Invitations;
using Waardering.Data.Outbox;
using Waardering.Data.Retention;

namespace Waardering.Worker.Jobs;

/// <summary>
/// Every recurring job, registered in one place. Hangfire keeps one schedule per id, so two
/// Workers registering the same job still run it once per occurrence.
/// </summary>
public sealed class RecurringJobs(IRecurringJobManager jobs) : IHostedService
{
    public static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Sends what a missed trigger left behind and retries failed sends whose backoff has passed.
        jobs.AddOrUpdate<IOutboxDispatcher>(
            "outbox-sweep", d => d.DispatchDueAsync(CancellationToken.None), Cron.Minutely(),
            new RecurringJobOptions { TimeZone = Amsterdam });

        // The amount follows the budget during every open window, on the hour.
        jobs.AddOrUpdate<IAmountRecomputer>(
            "amount-recompute", r => r.RecomputeOpenSchemesAsync(CancellationToken.None), Cron.Hourly(),
            new RecurringJobOptions { TimeZone = Amsterdam });

        // Reminds recipients who did not yet confirm a caregiver's request, and expires the late ones.
        jobs.AddOrUpdate<ICoSignFollowUp>(
            "co-sign-follow-up", f => f.RunAsync(CancellationToken.None), Cron.Hourly(),
            new RecurringJobOptions { TimeZone = Amsterdam });

        // Sends the check-ins that are due after payout, and their one reminder. Hourly in the
        // daytime only: nobody should get "how are you doing?" at three in the morning.
        jobs.AddOrUpdate<ICheckInCycle>(
            "check-in-cycle", c => c.RunAsync(CancellationToken.None), "0 9-19 * * *",
            new RecurringJobOptions { TimeZone = Amsterdam });

        // Invites last season's applicants and those who asked to be kept informed when a window
        // opens; in the morning, so the mail arrives in the daytime of its first day.
        jobs.AddOrUpdate<ISeasonInvitations>(
            "season-invitations", i => i.RunAsync(CancellationToken.None), Cron.Daily(9),
            new RecurringJobOptions { TimeZone = Amsterdam });

        // Removes personal data whose retention period has passed; at night, when nobody applies.
        jobs.AddOrUpdate<IRetentionJob>(
            "retention", r => r.RunAsync(CancellationToken.None), Cron.Daily(2),
            new RecurringJobOptions { TimeZone = Amsterdam });

        // Drops the day's letters in the print service's folder (Letters:PrintFolder), when one is set; after office hours.
        jobs.AddOrUpdate<Data.Letters.ILetterPrintFolder>(
            "letter-print-folder", p => p.RunAsync(CancellationToken.None), Cron.Daily(17),
            new RecurringJobOptions { TimeZone = Amsterdam });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
