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

        var ahead = Contact.RegisterEntriesAhead.For(request, consents);
        var inserted = await RequestInserts.InsertRequestAsync(transaction, request, duplicateAs, idempotency?.Key, ahead, cancellationToken);
        if (inserted.Earlier is { } earlier)
        {
            return earlier.BodyHash.AsSpan().SequenceEqual(idempotency!.BodyHash)
                ? new SubmitOutcome.Replayed(protector.Unseal(earlier.ResponseEncrypted, ResponsePurpose))
                : new SubmitOutcome.KeyReusedWithOtherBody();
        }

        if (inserted.SchemeChanged)
        {
            return new SubmitOutcome.SchemeChanged();
        }

        if (inserted.Row is not { } stored)
        {
            var existing = await LiveRequests.ReferenceAsync(transaction, request, cancellationToken);
            await transaction.RollbackAsync(cancellationToken);
            return new SubmitOutcome.DuplicateRecipient(existing);
        }

        var (number, reference, status) = stored;
        // The rest goes in one round trip with the commit, after the register entries (which decide the links).
        var batch = new StatementBatch(transaction);
        var consent = await consents.RecordForRequestAsync(batch, request, ahead, cancellationToken);
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
        Letters.LetterWriter.Add(batch, artifacts.Letters ?? [], request.SubmittedAt);
        Letters.RequestAddresses.Add(batch, request.Id, request.Addresses);
        if (request.CoSignCodeHash is not null && status == RequestStatus.AwaitingCoSignature)
        {
            batch.Add("update requests set co_sign_code_hash = @hash where id = @id", ("hash", request.CoSignCodeHash), ("id", request.Id));
        }
        if (idempotency is not null)
        {
            IdempotencyRecords.Add(batch, idempotency.Key, idempotency.BodyHash, request.Id, protector.Seal(artifacts.ResponseJson, ResponsePurpose));
        }

        await batch.CommitAsync(cancellationToken);
        return new SubmitOutcome.Stored(request.SchemeId, number, artifacts.ResponseJson);
    }
}
