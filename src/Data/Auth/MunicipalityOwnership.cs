using Dapper;
using Npgsql;

namespace Waardering.Data.Auth;

/// <summary>The kinds of object a staff route names by id; each belongs to one municipality.</summary>
public enum OwnedKind
{
    Request,
    PayoutBatch,

    /// <summary>Named by its end-to-end id, as the bank names it.</summary>
    Payment,
    CheckIn,
    Referral,

    /// <summary>A mail in the outbox, named by its id.</summary>
    Mail,
}

/// <summary>
/// Whether an object named by id belongs to one of the municipalities a staff member works for, in
/// one query. An object never moves to another municipality, so the answer holds while the request
/// that asked runs.
/// </summary>
public static class MunicipalityOwnership
{
    private static readonly Dictionary<OwnedKind, string> Owners = new()
    {
        [OwnedKind.Request] = "select s.municipality_code from requests r join schemes s on s.id = r.scheme_id where r.id = @id",
        [OwnedKind.PayoutBatch] = "select municipality_code from payout_batches where id = @id",
        [OwnedKind.Payment] = """
            select b.municipality_code from payments p join payout_batches b on b.id = p.batch_id where p.end_to_end_id = @id
            """,
        [OwnedKind.CheckIn] = "select s.municipality_code from check_ins i join schemes s on s.id = i.scheme_id where i.id = @id",
        [OwnedKind.Referral] = "select municipality_code from referrals where id = @id",
        [OwnedKind.Mail] = "select municipality_code from outbox_mails where id = @id",
    };

    /// <summary>False for an object of another municipality and for one that does not exist: the caller answers both alike.</summary>
    public static async Task<bool> BelongsToAsync(
        NpgsqlDataSource dataSource, OwnedKind kind, string id, string[] municipalities, CancellationToken cancellationToken)
    {
        object? key = kind == OwnedKind.Payment ? id : Guid.TryParse(id, out var guid) ? guid : null;
        if (key is null || municipalities.Length == 0)
        {
            return false;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            $"select exists (select 1 from ({Owners[kind]}) o where o.municipality_code = any(@municipalities))",
            new { id = key, municipalities }, cancellationToken: cancellationToken));
    }
}
