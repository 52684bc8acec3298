using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Requests;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.CoSigning;

/// <summary>
/// A recipient without e-mail confirms a caregiver's request at the counter or on paper; an
/// officer records it, with the channel, on the request's trail. The mailed link stops working.
/// </summary>
public static class CoSignByStaff
{
    /// <summary>Where a recipient can show who they are: at the counter, or with a signed paper form.</summary>
    public static readonly IReadOnlyList<Channel> Channels = [Channel.Counter, Channel.Paper];

    public static async Task<CoSignOutcome> RecordAsync(
        NpgsqlDataSource dataSource, Guid requestId, Actor officer, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var status = await RequestTransitions.LockAsync(transaction, requestId, cancellationToken);
        if (status != RequestStatus.AwaitingCoSignature)
        {
            return status is null ? CoSignOutcome.NotFound : CoSignOutcome.NotWaiting;
        }

        await RequestTransitions.ChangeAsync(transaction, requestId, RequestStatus.AwaitingCoSignature, RequestStatus.Received,
            new TransitionEvent(officer, "co-signed", now, new { channel = officer.Channel.Code() }), "co_sign_token_hash = null, co_sign_code_hash = null",
            cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CoSignOutcome.Confirmed;
    }
}
