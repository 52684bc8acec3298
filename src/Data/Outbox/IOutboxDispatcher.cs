namespace Waardering.Data.Outbox;

/// <summary>
/// Sends the outbox mails that are due. Implemented by the Worker; Web enqueues it through
/// Hangfire by this interface, so neither host references the other.
/// </summary>
public interface IOutboxDispatcher
{
    Task DispatchDueAsync(CancellationToken cancellationToken);
}
