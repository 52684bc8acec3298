using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Waardering.Data.Telemetry;

/// <summary>
/// The service's own traces and metrics, under one name for Web and Worker alike. Instrument names
/// follow the OpenTelemetry conventions (dotted, unit apart); tags are a handful of fixed words
/// (an outcome, a channel, a job's class), never an id, a code of a person, a BSN, an IBAN or an address.
/// </summary>
public static class WaarderingTelemetry
{
    public const string Name = "Waardering";

    public static readonly ActivitySource ActivitySource = new(Name);

    public static readonly Meter Meter = new(Name);

    /// <summary>From the body read to the request stored with its mails: the only wait a citizen has.</summary>
    public static readonly Histogram<double> IntakeDuration = Meter.CreateHistogram<double>(
        "waardering.intake.duration", "s", "Time to store a submitted request with its mails and letters",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });

    public static readonly Counter<long> MailFailures = Meter.CreateCounter<long>(
        "waardering.mail.failures", "{mail}", "Mails the SMTP server did not take, by what follows: retry, failed or stopRun");

    public static readonly Histogram<double> JobDuration = Meter.CreateHistogram<double>(
        "waardering.job.duration", "s", "Hangfire jobs run by the Worker, by job and outcome",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = JobBuckets });

    public static readonly Counter<long> Recomputes = Meter.CreateCounter<long>(
        "waardering.amount.recomputes", "{recompute}", "Recomputes of a scheme's amount, by reason");

    /// <summary>Latencies of a web request: 1 ms to 10 s, finer where the intake's p99 lies.</summary>
    private static IReadOnlyList<double> LatencyBuckets =>
        [0.001, 0.0025, 0.005, 0.0075, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 10];

    /// <summary>Jobs run from milliseconds (one recompute) to many minutes (a season's invitations).</summary>
    private static IReadOnlyList<double> JobBuckets =>
        [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300, 900, 3600];

    /// <summary>One more recompute of the amount for this reason (a fixed word of <c>RecomputeReasons</c>).</summary>
    public static void Recomputed(string reason) => Recomputes.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
