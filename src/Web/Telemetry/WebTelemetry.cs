using Microsoft.AspNetCore.Authorization;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Waardering.Data.Telemetry;

namespace Waardering.Web.Telemetry;

/// <summary>
/// Web's traces and metrics: requests per route (ASP.NET Core), the database's gauges, and the
/// Prometheus scrape endpoint <c>/metrics</c> for staff and the local network.
/// </summary>
public static class WebTelemetry
{
    public const string ServiceName = "waardering-web";

    public static WebApplicationBuilder AddWaarderingWebTelemetry(this WebApplicationBuilder builder)
    {
        builder.AddWaarderingTelemetry(ServiceName,
            metrics => metrics.AddAspNetCoreInstrumentation().AddPrometheusExporter()
                .AddInstrumentation(sp => sp.GetRequiredService<DatabaseGauges>()),
            traces => traces.AddAspNetCoreInstrumentation().AddProcessor(new RouteOnlyPaths()));
        builder.Services.AddSingleton<DatabaseGauges>();
        builder.Services.AddSingleton<IAuthorizationHandler, MetricsAccess>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(MetricsAccess.Policy, policy => policy.AddRequirements(new MetricsAccessRequirement()));
        return builder;
    }

    /// <summary>
    /// The deployment's figures, like the Hangfire dashboard's: counts and amounts per municipality,
    /// no personal data. An admin's token, or an address of the local network, reads them; anyone
    /// else gets what any unknown address gives them (401 without a token, 403 with another role).
    /// </summary>
    public static WebApplication MapMetricsEndpoint(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint().RequireAuthorization(MetricsAccess.Policy).ScopedByItsHandler().ExcludeFromDescription();
        return app;
    }
}
