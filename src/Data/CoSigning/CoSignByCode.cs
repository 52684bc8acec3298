using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Privacy;
using Waardering.Data.Requests;
using Waardering.Domain.Requests;

namespace Waardering.Data.CoSigning;

/// <summary>
/// A recipient without e-mail confirms a caregiver's request with the code of the co-sign letter,
/// typed on the citizens' page. The code alone finds the request (it is stored only as its hash and
/// dropped once the request no longer waits), so a wrong, used or expired code is simply not found.
/// </summary>
public static class CoSignByCode
{
    public static async Task<CoSignOutcome> ConfirmAsync(
        NpgsqlDataSource dataSource, string? code, Instant now, CancellationToken cancellationToken)
    {
        if (ShortCodes.Hash(code) is not { } hash)
        {
            return CoSignOutcome.WrongToken;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var requestId = await connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(
            "select id from requests where co_sign_code_hash = @hash for update", new { hash }, transaction,
            cancellationToken: cancellationToken));
        if (requestId is not { } id || await RequestTransitions.LockAsync(transaction, id, cancellationToken) != RequestStatus.AwaitingCoSignature)
        {
            return CoSignOutcome.WrongToken;
        }

        await RequestTransitions.ChangeAsync(transaction, id, RequestStatus.AwaitingCoSignature, RequestStatus.Received,
            new TransitionEvent(Actor.Recipient, "co-signed", now, new { by = "letter-code" }), "co_sign_token_hash = null, co_sign_code_hash = null",
            cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CoSignOutcome.Confirmed;
    }
}
