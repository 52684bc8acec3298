namespace Waardering.Domain.Requests;

/// <summary>
/// Through which way something reached the service: a request's intake (requests.channel) and the
/// actor of an audit event (audit_events.channel).
/// </summary>
public enum Channel
{
    /// <summary>A citizen on the web form, the API or a mail link.</summary>
    Web,

    /// <summary>An officer entered the request at the municipality's counter (balie).</summary>
    Counter,

    /// <summary>An officer entered the request during a phone call.</summary>
    Phone,

    /// <summary>An officer entered the request from a paper form.</summary>
    Paper,

    /// <summary>An officer acted in the back office (a decision, a batch, a read of personal data).</summary>
    Backoffice,

    /// <summary>The worker did it on its own schedule (reminders, expiry, retention).</summary>
    Worker,
}

public static class Channels
{
    /// <summary>How a request comes in: a citizen's own through the web; an officer enters one from the counter, a call or paper.</summary>
    public static readonly IReadOnlyList<Channel> Intake = [Channel.Web, Channel.Counter, Channel.Phone, Channel.Paper];
}
