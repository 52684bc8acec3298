using Dapper;
using Npgsql;

namespace Waardering.Data.Payouts;

/// <summary>
/// The lock a scheme year's payout batch is built under: a transaction-scoped advisory lock on the
/// scheme's batch key. The builder takes it exclusively, so builders of one scheme take turns; every
/// change that could take an award out of a batch being built (an IBAN proposed, confirmed or
/// withdrawn, the personal data removed) takes it shared, before it reads or locks anything. The
/// builder therefore waits until every such change has committed, and its statement, which starts
/// after it holds the lock, sees them all (read committed: a snapshot per statement); a change that
/// starts later waits until the batch is committed, and then finds the award's live payment. One lock
/// per batch instead of a row lock on each request and caregiver of it: 200,000 tuples written, with
/// their WAL, for a batch of 100,000 awards (measured with bench/payouts.sh).
/// </summary>
public static class PayoutLock
{
    private const string Key = "hashtextextended('payout-batch:' || {0} || ':' || {1}, 0)";

    /// <summary>The builder's turn: waits for every change of the scheme's awards that holds the lock shared.</summary>
    public static Task BuildAsync(NpgsqlTransaction transaction, string municipality, int year, CancellationToken cancellationToken) =>
        transaction.Connection!.ExecuteAsync(new CommandDefinition(
            $"select pg_advisory_xact_lock({string.Format(null, Key, "@municipality", "@year")})",
            new { municipality, year }, transaction, cancellationToken: cancellationToken));

    /// <summary>Shared, for a change of one request's awards: waits while a batch of its scheme is being built.</summary>
    public static Task ShareForRequestAsync(NpgsqlTransaction transaction, Guid requestId, CancellationToken cancellationToken) =>
        transaction.Connection!.ExecuteAsync(new CommandDefinition($"""
            select pg_advisory_xact_lock_shared({string.Format(null, Key, "s.municipality_code", "s.year")})
            from requests r join schemes s on s.id = r.scheme_id where r.id = @requestId
            """, new { requestId }, transaction, cancellationToken: cancellationToken));

    /// <summary>Shared, for a change of a whole scheme's awards.</summary>
    public static Task ShareForSchemeAsync(NpgsqlTransaction transaction, long schemeId, CancellationToken cancellationToken) =>
        transaction.Connection!.ExecuteAsync(new CommandDefinition($"""
            select pg_advisory_xact_lock_shared({string.Format(null, Key, "municipality_code", "year")}) from schemes where id = @schemeId
            """, new { schemeId }, transaction, cancellationToken: cancellationToken));
}
