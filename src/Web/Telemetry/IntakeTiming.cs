using System.Diagnostics;
using Waardering.Data.Requests;
using Waardering.Data.Telemetry;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Web.Telemetry;

/// <summary>
/// Times the intake's write (<c>waardering.intake.duration</c>) and traces it as a span, tagged
/// with the channel and the outcome: fixed words, nothing of the request itself.
/// </summary>
public sealed class IntakeTiming : IDisposable
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly Activity? _activity = WaarderingTelemetry.ActivitySource.StartActivity("intake store");
    private readonly string _channel;
    private bool _recorded;

    private IntakeTiming(string channel) => _channel = channel;

    public static IntakeTiming Start(Channel channel) => new(channel.Code());

    public void Done(SubmitOutcome outcome) => Record(outcome switch
    {
        SubmitOutcome.Stored => "stored",
        SubmitOutcome.Replayed => "replayed",
        SubmitOutcome.DuplicateRecipient => "duplicate",
        SubmitOutcome.SchemeChanged => "schemeChanged",
        _ => "refused",
    });

    /// <summary>Without <see cref="Done"/>, the write threw: recorded as an error.</summary>
    public void Dispose() => Record("error");

    private void Record(string outcome)
    {
        if (_recorded)
        {
            return;
        }

        _recorded = true;
        WaarderingTelemetry.IntakeDuration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds,
            new KeyValuePair<string, object?>("channel", _channel), new KeyValuePair<string, object?>("outcome", outcome));
        _activity?.SetTag("waardering.intake.outcome", outcome);
        _activity?.Stop();
    }
}
