using Dapper;
using Npgsql;

namespace Waardering.Data.Vouchers;

/// <summary>A scheme year's voucher codes: how many were imported, and how many are handed out.</summary>
public sealed record VoucherCount(int Imported, int Used)
{
    /// <summary>What the next approvals can hand out: an approval finding none left is refused whole (<see cref="VoucherStore.AssignAsync"/>).</summary>
    public int Left => Imported - Used;
}

public sealed class VoucherStock(NpgsqlDataSource dataSource)
{
    public async Task<VoucherCount> CountAsync(string municipality, int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<VoucherCount>(new CommandDefinition("""
            select count(*)::int as imported, count(request_id)::int as used
            from vouchers where municipality_code = @municipality and year = @year
            """, new { municipality, year }, cancellationToken: cancellationToken));
    }
}
