namespace Waardering.Data.Telemetry;

/// <summary>Where traces and metrics go (section <c>Telemetry</c>).</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>The OpenTelemetry standard's variable for the collector; this service's own setting is <c>Telemetry:Otlp:Endpoint</c>.</summary>
    public const string StandardEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public OtlpOptions Otlp { get; set; } = new();

    public TraceOptions Traces { get; set; } = new();

    public MetricsOptions Metrics { get; set; } = new();
}

public sealed class OtlpOptions
{
    /// <summary>A collector, e.g. <c>http://otel-collector:4317</c>; without one (nor the standard variable) nothing is pushed.</summary>
    public string? Endpoint { get; set; }
}

public sealed class TraceOptions
{
    /// <summary>Traces are made only when they go somewhere: with an OTLP endpoint, or when this is on (a test's exporter).</summary>
    public bool Enabled { get; set; }
}

public sealed class MetricsOptions
{
    /// <summary>
    /// Networks besides loopback whose addresses read <c>/metrics</c> without a token, e.g.
    /// <c>10.0.0.0/8</c> for a Prometheus inside the cluster.
    /// </summary>
    public string[] AllowedNetworks { get; set; } = [];

    /// <summary>
    /// How long the figures read from the database (outbox backlog, amounts) are reused: a scrape
    /// every 15 s costs one query, however many collectors ask.
    /// </summary>
    public int DatabaseReadSeconds { get; set; } = 15;
}
