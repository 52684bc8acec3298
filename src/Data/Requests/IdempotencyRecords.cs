using Npgsql;
using Waardering.Data.Database;

namespace Waardering.Data.Requests;

/// <summary>
/// The Idempotency-Key of <c>POST /api/requests</c> (idempotency_keys): a retry with the same key
/// gets the first answer again, and the request is stored once.
/// </summary>
internal static class IdempotencyRecords
{
    public const string Scope = "POST /api/requests";

    /// <summary>The first request's body hash and its answer, encrypted.</summary>
    public sealed record Earlier(byte[] BodyHash, byte[] ResponseEncrypted);

    /// <summary>
    /// Serialises requests with the same key (a transaction-scoped advisory lock), so that a retry
    /// arriving while the first is still being stored waits for it and then reads its answer. Two
    /// statements in the batch, each with its own snapshot: the read sees a first request that
    /// committed while this one waited for the lock.
    /// </summary>
    public static void AddLockAndRead(NpgsqlBatch batch, string key)
    {
        batch.BatchCommands.Add(StatementBatch.Command(
            "select pg_advisory_xact_lock(hashtextextended(@scope || ':' || @key, 0))", ("scope", Scope), ("key", key)));
        batch.BatchCommands.Add(StatementBatch.Command(
            "select body_hash, response_encrypted from idempotency_keys where scope = @scope and key = @key", ("scope", Scope), ("key", key)));
    }

    /// <summary>Reads the results of <see cref="AddLockAndRead"/> and moves the reader to the next statement's.</summary>
    public static async Task<Earlier?> ReadAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        await reader.NextResultAsync(cancellationToken); // past the lock
        var earlier = await reader.ReadAsync(cancellationToken)
            ? new Earlier(reader.GetFieldValue<byte[]>(0), reader.GetFieldValue<byte[]>(1))
            : null;
        await reader.NextResultAsync(cancellationToken);
        return earlier;
    }

    /// <summary>The key's record, written with the request it stored.</summary>
    public static void Add(StatementBatch batch, string key, byte[] bodyHash, Guid requestId, byte[] responseEncrypted) =>
        batch.Add("""
            insert into idempotency_keys (scope, key, body_hash, request_id, response_encrypted)
            values (@scope, @key, @bodyHash, @requestId, @response)
            """,
            ("scope", Scope), ("key", key), ("bodyHash", bodyHash), ("requestId", requestId), ("response", responseEncrypted));
}
