using Dapper;
using Npgsql;
using Waardering.Domain.Budget;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Decisions;

/// <summary>Which appreciation lines pay a request's awards, one caregiver's award at a time.</summary>
public static class AwardCharges
{
    /// <summary>
    /// Charges the caregivers' awards to the lines and locks the amounts on the request. False,
    /// and nothing written, when the lines cannot cover them all or there is nothing to award.
    /// </summary>
    public static async Task<bool> GrantAsync(NpgsqlTransaction transaction, Guid requestId, string municipality, int year,
        long unitCents, long[] amounts, NodaTime.Instant now, CancellationToken cancellationToken)
    {
        // An award of nothing is no award: with the budget spent the request waits instead.
        var charges = amounts.Sum() == 0 ? null : await AllocateAsync(transaction, municipality, year, amounts, cancellationToken);
        if (charges is null)
        {
            return false;
        }

        var connection = transaction.Connection!;
        await connection.ExecuteAsync(new CommandDefinition("""
            insert into award_charges (request_id, caregiver_position, budget_line_id, amount_cents)
            values (@requestId, @Position, @LineId, @AmountCents)
            """, charges.Select(c => new { requestId, c.Position, c.LineId, c.AmountCents }), transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            update budget_lines l set awarded_cents = l.awarded_cents + c.total
            from (select budget_line_id, sum(amount_cents) as total from award_charges
                  where request_id = @requestId group by budget_line_id) c
            where l.id = c.budget_line_id;
            update request_caregivers set amount_cents = (@amounts::bigint[])[position] where request_id = @requestId;
            update requests set unit_amount_cents = @unitCents, granted_at = @now where id = @requestId;
            """, new { requestId, amounts, unitCents, now }, transaction, cancellationToken: cancellationToken));
        return true;
    }

    /// <summary>
    /// Locks the municipality's appreciation lines for the year and spreads each award over them:
    /// grant money that ends soonest first (SPUK funds must be spent in their years or are paid
    /// back), then the municipality's own. Null when all lines together cannot cover the awards.
    /// </summary>
    private static async Task<IReadOnlyList<Charge>?> AllocateAsync(
        NpgsqlTransaction transaction, string municipality, int year, long[] amounts, CancellationToken cancellationToken)
    {
        var lines = (await transaction.Connection!.QueryAsync<(long Id, long Remaining)>(new CommandDefinition("""
            select id, amount_cents - expended_cents - awarded_cents
            from budget_lines
            where municipality_code = @municipality and year = @year and funds_appreciation
            order by (source = @spuk) desc, coalesce(grant_last_year, 9999), code
            for update
            """, new { municipality, year, spuk = FundingSource.Spuk.Code() }, transaction, cancellationToken: cancellationToken))).ToList();
        var remaining = lines.Select(l => l.Remaining).ToArray();
        var charges = new List<Charge>();
        for (var position = 1; position <= amounts.Length; position++)
        {
            var left = amounts[position - 1];
            for (var i = 0; i < lines.Count && left > 0; i++)
            {
                var part = Math.Min(left, remaining[i]);
                if (part > 0)
                {
                    charges.Add(new Charge(position, lines[i].Id, part));
                    remaining[i] -= part;
                    left -= part;
                }
            }

            if (left > 0)
            {
                return null;
            }
        }

        return charges;
    }

    private sealed record Charge(int Position, long LineId, long AmountCents);
}
