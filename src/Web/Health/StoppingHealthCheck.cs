using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Waardering.Web.Health;

/// <summary>
/// Not ready once Web has begun to stop (SIGTERM): a load balancer that reads <c>/health/ready</c>
/// sends it no more requests while it finishes those in flight (<c>Setup/ShutdownSetup</c>).
/// </summary>
public sealed class StoppingHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("The service is stopping.")
            : HealthCheckResult.Healthy());
}
