using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Waardering.Data.Migrations;

namespace Waardering.Web.Health;

/// <summary>Ready only when every migration of this build is in the database's journal: an older schema would fail requests.</summary>
public sealed class MigrationsHealthCheck(MigrationJournal journal) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await journal.PendingAsync(cancellationToken);
            return pending.Count == 0
                ? HealthCheckResult.Healthy("Every migration is applied.")
                : HealthCheckResult.Unhealthy($"{pending.Count} migrations not applied, the first {pending[0]}.");
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.");
        }
    }
}
