using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Domain.Requests;

namespace Waardering.Data.Requests;

public enum VoidOutcome
{
    Voided,
    NotFound,

    /// <summary>Already decided or ended: an approved request is settled by its payment, not voided.</summary>
    NotAllowed,
}

/// <summary>
/// An officer declares a request void (a mistake, a fraudulent or a withdrawn request), with a
/// reason on the trail. A voided request blocks nobody: the recipient can apply again.
/// </summary>
public static class RequestVoiding
{
    public static async Task<VoidOutcome> VoidAsync(
        NpgsqlDataSource dataSource, Guid requestId, Actor officer, string reason, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        switch (await RequestTransitions.LockAsync(transaction, requestId, cancellationToken))
        {
            case null:
                return VoidOutcome.NotFound;
            case { } from when RequestLife.CanBecome(from, RequestStatus.Voided):
                // The co-sign link stops working with the request.
                await RequestTransitions.ChangeAsync(transaction, requestId, from, RequestStatus.Voided,
                    new TransitionEvent(officer, "voided", now, new { reason }), "co_sign_token_hash = null, co_sign_code_hash = null",
                    cancellationToken: cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return VoidOutcome.Voided;
            default:
                return VoidOutcome.NotAllowed;
        }
    }
}
