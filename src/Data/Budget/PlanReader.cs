using Dapper;
using Npgsql;
using Waardering.Domain.Budget;

namespace Waardering.Data.Budget;

/// <summary>
/// The plan with its figures per year, in one query: each row's amount per year of the plan, and
/// what is charged to the municipality's budget lines each year (spent and committed, as
/// <see cref="MultiYearReader"/> counts it), which the plan is compared with.
/// </summary>
public sealed class PlanReader(NpgsqlDataSource dataSource)
{
    private sealed record Cell(
        int FirstYear, int LastYear, long? RowId, PlanRowKind? Kind, string? Name, FundingSource? Source, string? GrantCode, int? GrantLastYear,
        int Year, long AmountCents);

    public async Task<BudgetPlan?> ReadAsync(string municipality, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // A row id of null carries the year's actual spending; a plan without rows still gives its years.
        var cells = (await connection.QueryAsync<Cell>(new CommandDefinition("""
            with plan as (select first_year, last_year from budget_plans where municipality_code = @municipality),
            years as (select p.first_year, p.last_year, y as year from plan p, generate_series(p.first_year, p.last_year) y),
            actual as (
                select year, sum(expended_cents + awarded_cents)::bigint as cents
                from budget_lines
                where municipality_code = @municipality and year between (select first_year from plan) and (select last_year from plan)
                group by year)
            select y.first_year, y.last_year, null::bigint as row_id, null as kind, null as name, null as source, null as grant_code,
                null::integer as grant_last_year, y.year, coalesce(a.cents, 0) as amount_cents
            from years y left join actual a on a.year = y.year
            union all
            select y.first_year, y.last_year, r.id, r.kind, r.name, r.source, r.grant_code, r.grant_last_year, y.year,
                coalesce(m.amount_cents, 0)
            from budget_plan_rows r
            cross join years y
            left join budget_plan_amounts m on m.row_id = r.id and m.year = y.year
            where r.municipality_code = @municipality
            order by row_id nulls first, year
            """, new { municipality }, cancellationToken: cancellationToken))).ToList();
        if (cells.Count == 0)
        {
            return null;
        }

        var actual = cells.Where(c => c.RowId is null).ToDictionary(c => c.Year, c => c.AmountCents);
        var rows = cells.Where(c => c.RowId is not null).GroupBy(c => c.RowId!.Value).Select(g =>
        {
            var c = g.First();
            return new PlanRow(g.Key, c.Kind!.Value, c.Name!, c.Source, c.GrantCode, c.GrantLastYear,
                g.ToDictionary(x => x.Year, x => x.AmountCents));
        }).OrderBy(r => r.Kind).ThenBy(r => r.Id).ToList();
        var (first, last) = (cells[0].FirstYear, cells[0].LastYear);
        return new BudgetPlan(municipality, first, last, rows, PlanYears(rows, actual));
    }

    /// <summary>Per year: income and planned spending of the rows, their difference, the actual spending, the grants ended by then.</summary>
    private static List<PlanYear> PlanYears(IReadOnlyList<PlanRow> rows, IReadOnlyDictionary<int, long> actual) =>
        actual.Keys.Order().Select(year =>
        {
            long Sum(PlanRowKind kind) => rows.Where(r => r.Kind == kind).Sum(r => r.AmountCents[year]);
            var (income, planned) = (Sum(PlanRowKind.Income), Sum(PlanRowKind.Spending));
            var ended = rows.Where(r => r.GrantLastYear < year).Select(r => new EndedGrant(r.GrantCode!, r.GrantLastYear!.Value)).Distinct().ToList();
            return new PlanYear(year, income, planned, income - planned, actual[year], ended);
        }).ToList();
}
