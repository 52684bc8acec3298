using System.Diagnostics;
using Hangfire.Server;
using Waardering.Data.Telemetry;

namespace Waardering.Worker.Telemetry;

/// <summary>
/// Each job the Worker runs: a span, and its duration in <c>waardering.job.duration</c> tagged with
/// the job's class and method and its outcome. Never its arguments: they can hold ids and codes.
/// </summary>
public sealed class JobTelemetryFilter : IServerFilter
{
    private const string Started = "waardering.telemetry.started";
    private const string Span = "waardering.telemetry.span";

    public void OnPerforming(PerformingContext context)
    {
        context.Items[Started] = Stopwatch.GetTimestamp();
        context.Items[Span] = WaarderingTelemetry.ActivitySource.StartActivity($"job {JobName(context)}");
    }

    public void OnPerformed(PerformedContext context)
    {
        if (!context.Items.TryGetValue(Started, out var value) || value is not long started)
        {
            return;
        }

        var outcome = context.Canceled ? "canceled" : context.Exception is null ? "succeeded" : "failed";
        WaarderingTelemetry.JobDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
            new KeyValuePair<string, object?>("job", JobName(context)), new KeyValuePair<string, object?>("outcome", outcome));
        if (context.Items.TryGetValue(Span, out var traced) && traced is Activity span)
        {
            span.SetTag("waardering.job.outcome", outcome);
            span.SetStatus(context.Exception is null ? ActivityStatusCode.Ok : ActivityStatusCode.Error);
            span.Stop();
        }
    }

    private static string JobName(PerformContext context) =>
        $"{context.BackgroundJob.Job.Type.Name}.{context.BackgroundJob.Job.Method.Name}";
}
