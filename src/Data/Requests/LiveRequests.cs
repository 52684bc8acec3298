using Dapper;
using Npgsql;
using Waardering.Data.Database;
using Waardering.Domain.Requests;

namespace Waardering.Data.Requests;

/// <summary>A recipient's live request in a scheme year (<see cref="RequestLife.Live"/>): at most one.</summary>
internal static class LiveRequests
{
    // Constants of the statement, not parameters: the partial unique indexes on live requests
    // (db/migrations/0015_intake.sql) serve the check only with the literal list.
    public static readonly string Statuses = SqlCodes.List(RequestLife.Live);

    /// <summary>The reference of the recipient's live request in the scheme, if there is one.</summary>
    public static Task<string?> ReferenceAsync(NpgsqlTransaction transaction, NewRequest r, CancellationToken cancellationToken) =>
        transaction.Connection!.QuerySingleOrDefaultAsync<string?>(new CommandDefinition($"""
            select reference from requests
            where scheme_id = @SchemeId and status in {Statuses}
              and (recipient_identity_hash = @RecipientIdentityHash or recipient_bsn_hash = @RecipientBsnHash)
            limit 1
            """, new { r.SchemeId, r.RecipientIdentityHash, r.RecipientBsnHash }, transaction, cancellationToken: cancellationToken));

    /// <summary>Whether another request of this request's recipient is live: then a possible duplicate cannot be approved.</summary>
    public static Task<bool> OtherExistsAsync(NpgsqlTransaction transaction, Guid requestId, CancellationToken cancellationToken) =>
        transaction.Connection!.ExecuteScalarAsync<bool>(new CommandDefinition($"""
            select exists (
                select from requests r join requests o on o.scheme_id = r.scheme_id and o.id <> r.id
                where r.id = @requestId and o.status in {Statuses}
                  and (o.recipient_identity_hash = r.recipient_identity_hash or o.recipient_bsn_hash = r.recipient_bsn_hash))
            """, new { requestId }, transaction, cancellationToken: cancellationToken));
}
