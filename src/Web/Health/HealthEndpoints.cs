using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Waardering.Data.Jobs;
using Waardering.Data.Migrations;

namespace Waardering.Web.Health;

/// <summary>
/// For load balancers, orchestrators and monitoring; each answers 200 when healthy, 503 otherwise.
/// <c>/health/live</c>: the process answers (no database: restarting Web does not help a database
/// that is down). <c>/health/ready</c>: the database answers, every migration is applied and Web
/// is not stopping.
/// <c>/health/worker</c>: a Worker's heartbeat is recent. <c>/health</c>: the database answers, as
/// scripts and the benchmarks have always asked.
/// </summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";
    private const string Worker = "worker";

    public static IServiceCollection AddWaarderingHealthChecks(this IServiceCollection services)
    {
        services.AddSingleton<MigrationJournal>();
        services.AddSingleton<WorkerHeartbeats>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Ready])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [Ready])
            .AddCheck<StoppingHealthCheck>("stopping", tags: [Ready])
            .AddCheck<WorkerHealthCheck>("worker", tags: [Worker]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        // The plain "Healthy" of before: scripts and the benchmarks wait on it.
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = c => c.Name == "database" }).AllowAnonymous();
        app.MapHealthChecks("/health/live", Only(_ => false)).AllowAnonymous();
        app.MapHealthChecks("/health/ready", Only(c => c.Tags.Contains(Ready))).AllowAnonymous();
        app.MapHealthChecks("/health/worker", Only(c => c.Tags.Contains(Worker))).AllowAnonymous();
        return app;
    }

    private static HealthCheckOptions Only(Func<HealthCheckRegistration, bool> predicate) =>
        new() { Predicate = predicate, ResponseWriter = HealthReportWriter.WriteAsync };
}
