using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Waardering.Data.Telemetry;

/// <summary>
/// Traces and metrics of a Waardering process: its own <see cref="WaarderingTelemetry"/>, Npgsql's
/// commands and pool, and what the host adds. Metrics are always collected (Web serves them on
/// <c>/metrics</c>); they and the traces are pushed over OTLP only when an endpoint is set. Traces
/// are made only when they go somewhere, so a service without a collector pays nothing for them.
/// </summary>
public static class TelemetrySetup
{
    public static IHostApplicationBuilder AddWaarderingTelemetry(
        this IHostApplicationBuilder builder, string serviceName,
        Action<MeterProviderBuilder>? metrics = null, Action<TracerProviderBuilder>? traces = null)
    {
        var configuration = builder.Configuration;
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.Services.AddOptions<TelemetryOptions>().Bind(configuration.GetSection(TelemetryOptions.Section));
        if (!string.IsNullOrWhiteSpace(options.Otlp.Endpoint) && string.IsNullOrWhiteSpace(configuration[TelemetryOptions.StandardEndpoint]))
        {
            // As if the standard variable were set, so the exporter adds /v1/metrics and /v1/traces for http/protobuf.
            configuration.AddInMemoryCollection([new(TelemetryOptions.StandardEndpoint, options.Otlp.Endpoint)]);
        }

        var otlp = !string.IsNullOrWhiteSpace(configuration[TelemetryOptions.StandardEndpoint]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithMetrics(meters =>
            {
                meters.AddMeter(WaarderingTelemetry.Name).AddNpgsqlInstrumentation();
                metrics?.Invoke(meters);
                if (otlp)
                {
                    meters.AddOtlpExporter();
                }
            });
        if (otlp || options.Traces.Enabled)
        {
            telemetry.WithTracing(tracing =>
            {
                tracing.AddSource(WaarderingTelemetry.Name).AddNpgsql();
                traces?.Invoke(tracing);
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            });
        }

        return builder;
    }
}
