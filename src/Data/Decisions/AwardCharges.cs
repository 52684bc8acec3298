using Dapper;
using Npgsql;

namespace Waardering.Data.Decisions;

public sealed record Charge(long LineId, long AmountCents);

/// <summary>Which appreciation lines pay an award.</summary>
public static class AwardCharges
{
    /// <summary>
    /// Locks the municipality's appreciation lines for the year and spreads the amount over them:
    /// grant money that ends soonest first (SPUK funds must be spent in their years or are paid
    /// back), then the municipality's own. Null when all lines together cannot cover it.
    /// </summary>
    private static async Task<IReadOnlyList<Charge>?> AllocateAsync(
        NpgsqlTransaction transaction, string municipality, int year, long amountCents, CancellationToken cancellationToken)
    {
        var lines = await transaction.Connection!.QueryAsync<(long Id, long Remaining)>(new CommandDefinition("""
            select id, amount_cents - expended_cents - awarded_cents
            from budget_lines
            where municipality_code = @municipality and year = @year and funds_appreciation
            order by (source = 'spuk') desc, coalesce(grant_last_year, 9999), code
            for update
            """, new { municipality, year }, transaction, cancellationToken: cancellationToken));
        var charges = new List<Charge>();
        var left = amountCents;
        foreach (var line in lines)
        {
            if (left == 0)
            {
                break;
            }

            var part = Math.Min(left, line.Remaining);
            if (part > 0)
            {
                charges.Add(new Charge(line.Id, part));
                left -= part;
            }
        }

        return left == 0 ? charges : null;
    }

    /// <summary>
    /// Charges a request's award (its caregivers' parts) to the lines and locks the amounts on the
    /// request. False, and nothing written, when the lines cannot cover it.
    /// </summary>
    public static async Task<bool> GrantAsync(NpgsqlTransaction transaction, Guid requestId, string municipality, int year,
        long unitCents, long[] amounts, NodaTime.Instant now, CancellationToken cancellationToken)
    {
        // An award of nothing is no award: with the budget spent the request waits instead.
        var charges = amounts.Sum() == 0 ? null : await AllocateAsync(transaction, municipality, year, amounts.Sum(), cancellationToken);
        if (charges is null)
        {
            return false;
        }

        await ChargeAsync(transaction, requestId, charges, cancellationToken);
        await transaction.Connection!.ExecuteAsync(new CommandDefinition("""
            update request_caregivers set amount_cents = (@amounts::bigint[])[position] where request_id = @requestId;
            update requests set unit_amount_cents = @unitCents, granted_at = @now where id = @requestId;
            """, new { requestId, amounts, unitCents, now }, transaction, cancellationToken: cancellationToken));
        return true;
    }

    private static async Task ChargeAsync(
        NpgsqlTransaction transaction, Guid requestId, IReadOnlyList<Charge> charges, CancellationToken cancellationToken)
    {
        foreach (var charge in charges)
        {
            await transaction.Connection!.ExecuteAsync(new CommandDefinition("""
                update budget_lines set awarded_cents = awarded_cents + @AmountCents where id = @LineId;
                insert into award_charges (request_id, budget_line_id, amount_cents) values (@requestId, @LineId, @AmountCents);
                """, new { requestId, charge.LineId, charge.AmountCents }, transaction, cancellationToken: cancellationToken));
        }
    }
}
