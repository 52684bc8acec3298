using Dapper;
using Npgsql;
using Waardering.Domain.Budget;
using Waardering.Domain.Schemes;

namespace Waardering.Web.Tests.Budget;

/// <summary>
/// The after-close rule worked out in C#, one request at a time, from the state before closing:
/// requests in the order they were approved, each split by the Domain's <see cref="AwardSplit"/>,
/// granted whole when the lines still cover it (each part filling the lines in their order),
/// otherwise left waiting for budget.
/// </summary>
internal sealed record ClosingReference(
    long UnitCents, IReadOnlySet<Guid> Waiting, IReadOnlyDictionary<(Guid, int), long> Parts,
    IReadOnlySet<(Guid, int, long, long)> Charges, IReadOnlyDictionary<long, long> Awarded)
{
    public static async Task<ClosingReference> ComputeAsync(NpgsqlConnection connection, string municipality)
    {
        var scheme = await connection.QuerySingleAsync<(long Id, long Base, long Floor, long Step, string Split)>("""
            select id, base_amount_cents, floor_amount_cents, step_cents, split_mode from schemes
            where municipality_code = @municipality and year = 2026
            """, new { municipality });
        var lines = (await connection.QueryAsync<(long Id, long Remaining, long Awarded)>("""
            select id, amount_cents - expended_cents - awarded_cents, awarded_cents from budget_lines
            where municipality_code = @municipality and year = 2026 and funds_appreciation
            order by (source = 'spuk') desc, coalesce(grant_last_year, 9999), code
            """, new { municipality })).ToList();
        var requests = (await connection.QueryAsync<(Guid Id, int Units, int[] Weights)>("""
            select r.id, r.units, array_agg(c.weight order by c.position) from requests r
            join request_caregivers c on c.request_id = r.id
            where r.scheme_id = @Id and r.status = 'approved' and r.granted_at is null
            group by r.id order by r.decided_at, r.id
            """, new { scheme.Id })).ToList();
        var mode = Waardering.Domain.Vocabulary.Codes.Parse<SplitMode>(scheme.Split);
        var unit = AmountPolicy.Final(scheme.Base, scheme.Floor, scheme.Step, lines.Sum(l => l.Remaining), requests.Sum(r => r.Units)).AmountCents;

        var remaining = lines.Select(l => Math.Max(0, l.Remaining)).ToArray();
        var awarded = lines.ToDictionary(l => l.Id, l => l.Awarded);
        var waiting = new HashSet<Guid>();
        var parts = new Dictionary<(Guid, int), long>();
        var charges = new HashSet<(Guid, int, long, long)>();
        foreach (var request in requests)
        {
            var amounts = mode.Amounts(unit, request.Weights);
            if (amounts.Sum() == 0 || amounts.Sum() > remaining.Sum())
            {
                waiting.Add(request.Id);
                continue;
            }

            for (var position = 1; position <= amounts.Length; position++)
            {
                parts[(request.Id, position)] = amounts[position - 1];
                var left = amounts[position - 1];
                for (var i = 0; i < lines.Count && left > 0; i++)
                {
                    var part = Math.Min(left, remaining[i]);
                    if (part > 0)
                    {
                        charges.Add((request.Id, position, lines[i].Id, part));
                        awarded[lines[i].Id] += part;
                        remaining[i] -= part;
                        left -= part;
                    }
                }
            }
        }

        return new ClosingReference(unit, waiting, parts, charges, awarded);
    }
}
