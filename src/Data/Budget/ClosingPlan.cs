using Dapper;
using Npgsql;
using Waardering.Data.Database;
using Waardering.Domain.Requests;
using Waardering.Domain.Schemes;

namespace Waardering.Data.Budget;

/// <summary>
/// The awards of an after-close scheme's final amount, worked out in SQL for all approved
/// requests at once, in two temporary tables that live until the transaction ends:
/// <c>closing_requests</c> (the order, what each costs, whether it is granted) and
/// <c>closing_awards</c> (each caregiver's part). The rules are the ones a request granted alone
/// follows: the split of <see cref="AwardSplit"/> (largest remainder, the earlier caregiver on a
/// tie), requests granted in the order they were approved, each whole or not at all, and each
/// caregiver's part charged to the lines in their order (<see cref="Decisions.AwardCharges"/>).
/// </summary>
internal static class ClosingPlan
{
    /// <summary>Seconds a statement over all of a scheme's approved requests may take (10^5 requests take seconds, more on a busy database).</summary>
    private const int Timeout = 600;

    /// <summary>Orders the approved requests, splits the unit over each one's caregivers and grants the longest prefix the lines cover.</summary>
    public static Task CreateAsync(NpgsqlTransaction transaction, long schemeId, SplitMode mode, long unitCents, long capacity,
        CancellationToken cancellationToken) =>
        transaction.Connection!.ExecuteAsync(new CommandDefinition($"""
            create temp table closing_requests (n bigint primary key, id uuid not null, cost bigint not null default 0,
                granted boolean not null default false) on commit drop;
            insert into closing_requests (n, id)
            select row_number() over (order by decided_at, id), id from requests
            where scheme_id = @schemeId and status = {SqlCodes.Literal(RequestStatus.Approved)} and granted_at is null;
            analyze closing_requests;
            -- Largest remainder: each part its share rounded down, the cents left over one by one to
            -- the largest remainders, the earlier position on a tie (Domain's Split.ByWeights).
            create temp table closing_awards on commit drop as
            select p.n, p.request_id, p.position,
                case when @perCaregiver then @unitCents
                    else p.exact / p.weights + case when row_number() over (partition by p.n order by p.exact % p.weights desc, p.position)
                        <= @unitCents - sum(p.exact / p.weights) over (partition by p.n) then 1 else 0 end
                end as amount_cents
            from (select q.n, c.request_id, c.position, @unitCents * c.weight as exact, sum(c.weight) over (partition by q.n) as weights
                  from closing_requests q join request_caregivers c on c.request_id = q.id) p;
            analyze closing_awards;
            update closing_requests q set cost = a.cost
            from (select n, sum(amount_cents) as cost from closing_awards group by n) a where a.n = q.n;
            -- An award of nothing is no award. Up to the first request the lines cannot cover, all are granted.
            update closing_requests q set granted = true
            from (select n, sum(cost) over (order by n) as running from closing_requests) p
            where p.n = q.n and q.cost > 0 and p.running <= @capacity;
            """, new { schemeId, perCaregiver = mode == SplitMode.PerCaregiver, unitCents, capacity }, transaction,
            Timeout, cancellationToken: cancellationToken));

    /// <summary>
    /// After the first request the lines cannot cover, a later, smaller one may still fit (per
    /// caregiver, a request costs the unit times its caregivers): granted one at a time, in order,
    /// as long as one fits. What is left is less than the largest request, so this takes a few steps.
    /// </summary>
    public static async Task GrantWhatStillFitsAsync(NpgsqlTransaction transaction, long capacity, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        var left = capacity - await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "select coalesce(sum(cost), 0)::bigint from closing_requests where granted", transaction: transaction,
            cancellationToken: cancellationToken));
        long after = 0;
        while (await connection.QuerySingleOrDefaultAsync<(long N, long Cost)?>(new CommandDefinition("""
                   select n, cost from closing_requests
                   where n > @after and not granted and cost > 0 and cost <= @left order by n limit 1
                   """, new { after, left }, transaction, cancellationToken: cancellationToken)) is { } next)
        {
            await connection.ExecuteAsync(new CommandDefinition("update closing_requests set granted = true where n = @N",
                new { next.N }, transaction, cancellationToken: cancellationToken));
            left -= next.Cost;
            after = next.N;
        }
    }

    /// <summary>
    /// Writes the granted awards: each caregiver's part charged to the lines as one interval laid
    /// over the lines' remaining amounts end to end (the same as filling the first line before the
    /// next, award after award), the lines' totals, the parts and the requests' unit and grant time.
    /// </summary>
    public static Task WriteGrantsAsync(NpgsqlTransaction transaction, IReadOnlyList<(long Id, long Remaining)> lines, long unitCents,
        NodaTime.Instant now, CancellationToken cancellationToken) =>
        transaction.Connection!.ExecuteAsync(new CommandDefinition("""
            with awards as (
                select a.request_id, a.position, sum(a.amount_cents) over (order by a.n, a.position) as stop, a.amount_cents
                from closing_awards a join closing_requests q on q.n = a.n and q.granted),
            lines as (
                select l.id, sum(greatest(l.remaining, 0)) over (order by l.ord) as stop, greatest(l.remaining, 0) as size
                from unnest(@lineIds::bigint[], @remaining::bigint[]) with ordinality as l(id, remaining, ord)),
            charges as (
                insert into award_charges (request_id, caregiver_position, budget_line_id, amount_cents)
                select a.request_id, a.position, l.id, least(a.stop, l.stop) - greatest(a.stop - a.amount_cents, l.stop - l.size)
                from awards a join lines l on l.stop - l.size < a.stop and a.stop - a.amount_cents < l.stop
                returning budget_line_id, amount_cents)
            update budget_lines l set awarded_cents = l.awarded_cents + c.total
            from (select budget_line_id, sum(amount_cents) as total from charges group by budget_line_id) c
            where l.id = c.budget_line_id;
            update request_caregivers c set amount_cents = a.amount_cents
            from closing_awards a join closing_requests q on q.n = a.n and q.granted
            where c.request_id = a.request_id and c.position = a.position;
            update requests r set unit_amount_cents = @unitCents, granted_at = @now
            from closing_requests q where q.granted and r.id = q.id;
            """, new { lineIds = lines.Select(l => l.Id).ToArray(), remaining = lines.Select(l => l.Remaining).ToArray(), unitCents, now },
            transaction, Timeout, cancellationToken: cancellationToken));
}
