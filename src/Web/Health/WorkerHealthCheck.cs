using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Waardering.Data.Jobs;

namespace Waardering.Web.Health;

/// <summary>
/// Healthy while at least one Worker's heartbeat is recent (<c>Health:WorkerHeartbeatSeconds</c>,
/// 90 by default: three of Hangfire's 30-second heartbeats). Without a Worker, Web still takes
/// requests, but no mail leaves and no job runs.
/// </summary>
public sealed class WorkerHealthCheck(WorkerHeartbeats heartbeats, IConfiguration configuration) : IHealthCheck
{
    public const int DefaultHeartbeatSeconds = 90;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var within = TimeSpan.FromSeconds(configuration.GetValue("Health:WorkerHeartbeatSeconds", DefaultHeartbeatSeconds));
        try
        {
            var alive = await heartbeats.AliveAsync(within, cancellationToken);
            return alive > 0
                ? HealthCheckResult.Healthy($"{alive} Workers alive.")
                : HealthCheckResult.Unhealthy($"No Worker's heartbeat within {within.TotalSeconds} s.");
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.");
        }
    }
}
