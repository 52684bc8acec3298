using Dapper;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Database;
using Waardering.Data.Outbox;
using Waardering.Data.Privacy;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Requests;

/// <summary>What to write beside a request once its reference is known: the answer and the mails.</summary>
public sealed record SubmitArtifacts(string ResponseJson, IReadOnlyList<OutboxMail> Mails, IReadOnlyList<Letters.OutboxLetter>? Letters = null);

public sealed record IdempotencyInput(string Key, byte[] BodyHash);

public sealed class RequestStore(
    NpgsqlDataSource dataSource, OutboxWriter outbox, PersonalDataProtector protector, Contact.ConsentStore consents)
{
    private const string IdempotencyScope = "POST /api/requests";
    private const string ResponsePurpose = "idempotent-response";

    /// <summary>
    /// The connection for one intake: its scheme is read and the request stored on it, so that an
    /// intake takes one connection from the pool, not two (each return costs a reset).
    /// </summary>
    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>
    /// Stores the request, its caregivers, their consent, its mails and its idempotency record in one
    /// transaction: either all of it is written, or nothing. When the recipient already has a live
    /// request, <paramref name="duplicateAs"/> says how the new one is held (a citizen's: in review);
    /// null refuses it with the existing reference (an officer's).
    /// </summary>
    public async Task<SubmitOutcome> SubmitAsync(
        NpgsqlConnection connection, NewRequest request, IdempotencyInput? idempotency, RequestStatus? duplicateAs,
        Func<string, RequestStatus, IReadOnlyDictionary<int, Contact.ConsentLink>, SubmitArtifacts> artifactsFor,
        CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        if (idempotency is not null)
        {
            var earlier = await FindEarlierAnswerAsync(transaction, idempotency, cancellationToken);
            if (earlier is not null)
            {
                return earlier;
            }
        }

        var stored = await RequestInserts.InsertRequestAsync(transaction, request, duplicateAs, cancellationToken);
        if (stored is null)
        {
            var existing = await LiveRequests.ReferenceAsync(transaction, request, cancellationToken);
            await transaction.RollbackAsync(cancellationToken);
            return new SubmitOutcome.DuplicateRecipient(existing);
        }

        var (number, reference, status) = stored.Value;
        // The rest goes in one round trip, after the register entries (which decide the links).
        var batch = new StatementBatch(transaction);
        var consent = await consents.RecordForRequestAsync(batch, request, cancellationToken);
        // A caregiver whose register change waits for confirmation is linked to the entry only once confirmed:
        // until then the request's mails carry no way to withdraw the consent on file.
        RequestInserts.AddCaregivers(batch, request,
            consent.Where(c => c.Value.ChangeToConfirm is null).ToDictionary(c => c.Key, c => c.Value.RegisterId));
        RequestInserts.AddDigidSignIn(batch, request);
        AuditLog.Add(batch, new Actor(request.EnteredBy ?? Actor.Citizen.Name, request.Channel, request.EnteredBySubject), "submitted",
            request.SubmittedAt, request.Id, details: new { reference, Status = status.Code() });
        var consentLinks = consent.Where(c => c.Value.Link is not null).ToDictionary(c => c.Key, c => c.Value.Link!);
        var artifacts = artifactsFor(reference, status, consentLinks);
        outbox.Add(batch, [.. artifacts.Mails, .. consent.Values.Select(c => c.ChangeToConfirm).OfType<OutboxMail>()]);
        Letters.LetterWriter.Add(batch, artifacts.Letters ?? []);
        Letters.RequestAddresses.Add(batch, request.Id, request.Addresses);
        if (request.CoSignCodeHash is not null && status == RequestStatus.AwaitingCoSignature)
        {
            batch.Add("update requests set co_sign_code_hash = @hash where id = @id", ("hash", request.CoSignCodeHash), ("id", request.Id));
        }
        if (idempotency is not null)
        {
            batch.Add("""
                insert into idempotency_keys (scope, key, body_hash, request_id, response_encrypted)
                values (@scope, @key, @bodyHash, @requestId, @response)
                """,
                ("scope", IdempotencyScope), ("key", idempotency.Key), ("bodyHash", idempotency.BodyHash), ("requestId", request.Id),
                ("response", protector.Seal(artifacts.ResponseJson, ResponsePurpose)));
        }

        await batch.ExecuteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new SubmitOutcome.Stored(request.SchemeId, number, artifacts.ResponseJson);
    }

    /// <summary>
    /// Serialises requests with the same key (a transaction-scoped advisory lock), so that a retry
    /// arriving while the first is still being stored waits for it and then gets its answer.
    /// </summary>
    private async Task<SubmitOutcome?> FindEarlierAnswerAsync(
        NpgsqlTransaction transaction, IdempotencyInput idempotency, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        await connection.ExecuteAsync(new CommandDefinition(
            "select pg_advisory_xact_lock(hashtextextended(@IdempotencyScope || ':' || @Key, 0))",
            new { IdempotencyScope, idempotency.Key }, transaction, cancellationToken: cancellationToken));
        var earlier = await connection.QuerySingleOrDefaultAsync<(byte[] BodyHash, byte[] Response)?>(new CommandDefinition(
            "select body_hash, response_encrypted from idempotency_keys where scope = @IdempotencyScope and key = @Key",
            new { IdempotencyScope, idempotency.Key }, transaction, cancellationToken: cancellationToken));
        if (earlier is not { } found)
        {
            return null;
        }

        return found.BodyHash.AsSpan().SequenceEqual(idempotency.BodyHash)
            ? new SubmitOutcome.Replayed(protector.Unseal(found.Response, ResponsePurpose))
            : new SubmitOutcome.KeyReusedWithOtherBody();
    }
}
