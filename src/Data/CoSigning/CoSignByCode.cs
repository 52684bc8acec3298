using System.Security.Cryptography;
using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Privacy;
using Waardering.Data.Requests;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.CoSigning;

/// <summary>
/// A recipient without e-mail confirms a caregiver's request with the code of the co-sign letter,
/// typed on the citizens' page. The code alone finds the request (it is stored only as its hash and
/// dropped once the request no longer waits), so a wrong, used or expired code is simply not found.
/// An officer to whom the recipient reads the code out on the phone checks it against the request
/// on the screen (<see cref="ConfirmByOfficerAsync"/>): the code shows the caller holds the letter.
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

    /// <summary>The recipient read the letter's code out to an officer: confirmed when it is this request's code.</summary>
    public static async Task<CoSignOutcome> ConfirmByOfficerAsync(
        NpgsqlDataSource dataSource, Guid requestId, string? code, Actor officer, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var status = await RequestTransitions.LockAsync(transaction, requestId, cancellationToken);
        if (status != RequestStatus.AwaitingCoSignature)
        {
            return status is null ? CoSignOutcome.NotFound : CoSignOutcome.NotWaiting;
        }

        var stored = await connection.ExecuteScalarAsync<byte[]?>(new CommandDefinition(
            "select co_sign_code_hash from requests where id = @requestId", new { requestId }, transaction, cancellationToken: cancellationToken));
        if (ShortCodes.Hash(code) is not { } hash || stored is null || !CryptographicOperations.FixedTimeEquals(hash, stored))
        {
            return CoSignOutcome.WrongToken;
        }

        await RequestTransitions.ChangeAsync(transaction, requestId, RequestStatus.AwaitingCoSignature, RequestStatus.Received,
            new TransitionEvent(officer, "co-signed", now, new { channel = officer.Channel.Code(), by = "letter-code" }),
            "co_sign_token_hash = null, co_sign_code_hash = null", cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CoSignOutcome.Confirmed;
    }
}
