using Hangfire;
using Microsoft.Extensions.Hosting;
using Waardering.Data.Telemetry;
using Waardering.Worker.Outbox;

namespace Waardering.Worker.Telemetry;

/// <summary>
/// The Worker's traces and metrics: its jobs (<see cref="JobTelemetryFilter"/>), failed mails and
/// Npgsql. The Worker serves no HTTP and so has no scrape port: it pushes over OTLP when an
/// endpoint is set (a collector, or Prometheus itself with its OTLP receiver). A port of its own
/// would be one more to guard with the same staff-or-local-network rule as Web's <c>/metrics</c>,
/// and several Workers would each need one. What the Worker leaves in the database (the outbox's
/// backlog and age, the amounts) Web's <c>/metrics</c> shows without it.
/// </summary>
public static class WorkerTelemetry
{
    public const string ServiceName = "waardering-worker";

    private static readonly Lock Registering = new();

    public static HostApplicationBuilder AddWaarderingWorkerTelemetry(this HostApplicationBuilder builder)
    {
        builder.AddWaarderingTelemetry(ServiceName);
        // Hangfire's server filters are process-wide; one is enough for every host in the process.
        lock (Registering)
        {
            if (!GlobalJobFilters.Filters.Any(f => f.Instance is JobTelemetryFilter))
            {
                GlobalJobFilters.Filters.Add(new JobTelemetryFilter());
            }
        }

        return builder;
    }

    /// <summary>One more mail the SMTP server did not take, by what becomes of it.</summary>
    public static void MailFailed(SendOutcome outcome) =>
        WaarderingTelemetry.MailFailures.Add(1, new KeyValuePair<string, object?>("outcome", outcome switch
        {
            SendOutcome.Retry => "retry",
            SendOutcome.Failed => "failed",
            _ => "stopRun",
        }));
}
