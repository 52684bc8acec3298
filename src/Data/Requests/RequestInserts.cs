using Dapper;
using Npgsql;
using Waardering.Data.Database;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Requests;

/// <summary>
/// The request's number, reference and status when it was stored; the key's earlier answer when
/// there was one; whether the scheme had changed since the request was checked against it (then nothing is stored).
/// </summary>
internal sealed record InsertResult(
    IdempotencyRecords.Earlier? Earlier, (int Number, string Reference, RequestStatus Status)? Row, bool SchemeChanged = false);

internal static class RequestInserts
{
    /// <summary>
    /// Inserts the request and returns its number, reference and the status it was stored in. When
    /// its recipient already has a live request in the scheme, it is stored as
    /// <paramref name="duplicateAs"/> (a possible duplicate, held for review), or, when that is
    /// null (staff, who get the existing reference instead), not at all: then the answer is null.
    /// The number comes from the scheme's own sequence (db/migrations/0009_request_numbers.sql).
    /// Two requests for the same recipient at the same moment both see no live request; the
    /// unique index lets the later wait for the earlier and then skips it, and it is tried once
    /// more, now seeing the earlier (its first number is lost). The reference is written with the row, once.
    /// With an Idempotency-Key the key's lock and its earlier answer are read in the same round trip,
    /// before the insert, which then writes nothing (and draws no number) when an earlier answer exists.
    /// A request checked against a kept copy of its scheme (<see cref="NewRequest.SchemeUpdatedAt"/>)
    /// is inserted only while the scheme's rules and current amount are still the copy's.
    /// </summary>
    public static async Task<InsertResult> InsertRequestAsync(
        NpgsqlTransaction transaction, NewRequest r, RequestStatus? duplicateAs, string? idempotencyKey, Contact.RegisterEntriesAhead? ahead,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            // The key's lock is held to the end of the transaction: the second attempt need not take it
            // again. The register entries go with the first only: a second leaves them to the consent's own statements.
            var result = await InsertOnceAsync(
                transaction, r, duplicateAs, attempt == 0 ? idempotencyKey : null, attempt == 0 ? ahead : null, cancellationToken);
            if (result.Earlier is not null || result.Row is not null || result.SchemeChanged || duplicateAs is null || attempt == 1)
            {
                return result;
            }
        }
    }

    private static async Task<InsertResult> InsertOnceAsync(
        NpgsqlTransaction transaction, NewRequest r, RequestStatus? duplicateAs, string? idempotencyKey, Contact.RegisterEntriesAhead? ahead,
        CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(transaction.Connection, transaction);
        if (idempotencyKey is not null)
        {
            IdempotencyRecords.AddLockAndRead(batch, idempotencyKey);
        }

        batch.BatchCommands.Add(StatementBatch.Command($"""
            with fresh as (
                select @SchemeUpdatedAt::timestamptz is null or exists (
                    select from schemes
                    where id = @SchemeId and updated_at = @SchemeUpdatedAt and current_amount_cents = @UnitAmountCents) as ok),
            chosen as (
                select case when exists (
                    select from requests
                    where scheme_id = @SchemeId and status in {LiveRequests.Statuses}
                      and (recipient_identity_hash = @RecipientIdentityHash or recipient_bsn_hash = @RecipientBsnHash))
                    then @duplicateAs::text else @Status::text end as status
                from fresh where ok),
            drawn as (
                select nextval(format('request_numbers_%s', @SchemeId::bigint)::regclass) as n, status from chosen
                where status is not null and not exists (select from idempotency_keys where scope = @scope and key = @key)),
            inserted as (
                insert into requests (id, scheme_id, reference, status, submitted_by, channel, language,
                    recipient_name, recipient_birth_date, recipient_postcode, recipient_house_number, recipient_email,
                    recipient_bsn_encrypted, recipient_bsn_hash, recipient_identity_hash, unit_amount_cents, units,
                    status_token_hash, status_page_token_hash, submitted_at, co_sign_token_hash, co_sign_requested_at)
                select @Id, @SchemeId, @prefix || lpad(n::text, greatest(6, length(n::text)), '0'), status, @SubmittedBy,
                    @Channel, @Language, @RecipientName, @RecipientBirthDate, @RecipientPostcode, @RecipientHouseNumber,
                    @RecipientEmail, @RecipientBsnEncrypted, @RecipientBsnHash, @RecipientIdentityHash, @UnitAmountCents,
                    @Units, @StatusTokenHash, @StatusPageTokenHash, @SubmittedAt, @CoSignTokenHash,
                    case when @CoSignTokenHash::bytea is null then null else @SubmittedAt end
                from drawn
                on conflict do nothing
                returning reference, status)
            select fresh.ok, n, reference, inserted.status from fresh left join drawn on true left join inserted on true
            """,
            ("Id", r.Id), ("SchemeId", r.SchemeId), ("prefix", $"{r.MunicipalityCode}-{r.Year}-"), ("Status", r.Status.Code()),
            ("duplicateAs", duplicateAs?.Code()), ("Language", r.Language), ("RecipientName", r.RecipientName),
            ("SubmittedBy", r.SubmittedBy.Code()), ("Channel", r.Channel.Code()), ("RecipientBirthDate", r.RecipientBirthDate),
            ("RecipientPostcode", r.RecipientPostcode), ("RecipientHouseNumber", r.RecipientHouseNumber), ("RecipientEmail", r.RecipientEmail),
            ("RecipientBsnEncrypted", r.RecipientBsnEncrypted), ("RecipientBsnHash", r.RecipientBsnHash),
            ("RecipientIdentityHash", r.RecipientIdentityHash), ("UnitAmountCents", r.UnitAmountCents), ("Units", r.Units),
            ("StatusTokenHash", r.StatusTokenHash), ("StatusPageTokenHash", r.StatusPageTokenHash), ("SubmittedAt", r.SubmittedAt),
            ("CoSignTokenHash", r.CoSignTokenHash), ("scope", IdempotencyRecords.Scope), ("key", idempotencyKey),
            ("SchemeUpdatedAt", r.SchemeUpdatedAt)));
        ahead?.AddTo(batch);

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var earlier = idempotencyKey is null ? null : await IdempotencyRecords.ReadAsync(reader, cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var schemeChanged = !reader.GetBoolean(0);
        (int, string, RequestStatus)? row = reader.IsDBNull(2)
            ? null
            : (checked((int)reader.GetInt64(1)), reader.GetString(2), Codes.Parse<RequestStatus>(reader.GetString(3)));
        if (row is not null && ahead is not null)
        {
            await ahead.ReadAsync(reader, cancellationToken);
        }

        return new InsertResult(earlier, row, schemeChanged);
    }

    /// <summary>The applicant's DigiD sign-in (db/migrations/0024_digid.sql), when they signed in.</summary>
    public static void AddDigidSignIn(StatementBatch batch, NewRequest r)
    {
        if (r.DigidBsnHash is not null)
        {
            batch.Add("update requests set digid_bsn_hash = @hash where id = @requestId", ("hash", r.DigidBsnHash), ("requestId", r.Id));
        }
    }

    /// <summary>The caregivers, each with the register entry that holds their consent, when there is one.</summary>
    public static void AddCaregivers(StatementBatch batch, NewRequest r, IReadOnlyDictionary<int, Guid> registerIds) =>
        batch.Add("""
            insert into request_caregivers (request_id, position, name, birth_date, email, iban, weight, amount_cents,
                consent_to_contact, register_id, care_declared)
            select @requestId, c.*
            from unnest(@positions, @names, @birthDates, @emails, @ibans, @weights, @amounts, @consents, @registerIds, @declared) as c
            """,
            ("requestId", r.Id),
            ("positions", r.Caregivers.Select(c => c.Position).ToArray()),
            ("names", r.Caregivers.Select(c => c.Name).ToArray()),
            ("birthDates", r.Caregivers.Select(c => c.BirthDate).ToArray()),
            ("emails", r.Caregivers.Select(c => c.Email).ToArray()),
            ("ibans", r.Caregivers.Select(c => c.Iban).ToArray()),
            ("weights", r.Caregivers.Select(c => c.Weight).ToArray()),
            ("amounts", r.Caregivers.Select(c => c.AmountCents).ToArray()),
            ("consents", r.Caregivers.Select(c => c.ConsentToContact).ToArray()),
            ("registerIds", r.Caregivers.Select(c => registerIds.TryGetValue(c.Position, out var id) ? id : (Guid?)null).ToArray()),
            ("declared", r.Caregivers.Select(c => c.CareDeclared).ToArray()));
}
