using Dapper;
using Npgsql;
using Waardering.Domain.Budget;

namespace Waardering.Data.Budget;

/// <summary>What a month charged to a year's lines: collective costs recorded and awards granted in it.</summary>
/// <param name="Month">The Amsterdam month, <c>yyyy-MM</c>; a payout after the close may fall in the next year.</param>
public sealed record MonthSpend(string Month, long CollectiveCents, long AwardsCents)
{
    public long TotalCents => CollectiveCents + AwardsCents;
}

/// <summary>Budget against spend for one municipality and year: every line, and what each month charged.</summary>
public sealed record BudgetPanelFigures(IReadOnlyList<BudgetLineReport> Lines, IReadOnlyList<MonthSpend> Months)
{
    public long BudgetCents => Lines.Sum(l => l.BudgetCents);

    public long CommittedCents => Lines.Sum(l => l.CommittedCents);

    public long SpentCents => Lines.Sum(l => l.SpentCents);

    public long RemainingCents => Lines.Sum(l => l.RemainingCents);
}

/// <summary>
/// The dashboard's budget panel, in one statement: the lines from the totals kept on them (no
/// row scans), and the months from the year's expenditures and award charges, the latter dated by
/// the request's grant.
/// </summary>
public sealed class BudgetPanelReader(NpgsqlDataSource dataSource)
{
    public async Task<BudgetPanelFigures> ReadAsync(string municipality, int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition("""
            with lines as (
                select id, code, name, source, grant_code, grant_last_year, funds_appreciation, amount_cents,
                    awarded_cents, paid_cents, expended_cents
                from budget_lines where municipality_code = @municipality and year = @year),
            charges as (
                select e.recorded_at as at, e.amount_cents as collective, 0::bigint as awards
                from expenditures e join lines l on l.id = e.budget_line_id
                union all
                select r.granted_at, 0, c.amount_cents
                from award_charges c join lines l on l.id = c.budget_line_id join requests r on r.id = c.request_id
                where r.granted_at is not null)
            select 'line' as kind, code, name, source, grant_code, grant_last_year, funds_appreciation,
                amount_cents as budget_cents, awarded_cents - paid_cents as committed_cents,
                expended_cents + paid_cents as spent_cents, amount_cents - expended_cents - awarded_cents as remaining_cents,
                null as month, 0::bigint as collective_cents, 0::bigint as awards_cents
            from lines
            union all
            select 'month', null, null, null, null, null, false, 0, 0, 0, 0,
                to_char(at at time zone 'Europe/Amsterdam', 'YYYY-MM'), sum(collective)::bigint, sum(awards)::bigint
            from charges group by 12
            order by 1, 2, 12
            """, new { municipality, year }, cancellationToken: cancellationToken))).ToList();
        return new BudgetPanelFigures(
            rows.Where(r => r.Kind == "line").Select(r => new BudgetLineReport(r.Code!, r.Name!, r.Source!.Value, r.GrantCode,
                r.GrantLastYear, r.FundsAppreciation, r.BudgetCents, r.CommittedCents, r.SpentCents, r.RemainingCents)).ToList(),
            rows.Where(r => r.Kind == "month").Select(r => new MonthSpend(r.Month!, r.CollectiveCents, r.AwardsCents)).ToList());
    }

    private sealed record Row(
        string Kind, string? Code, string? Name, FundingSource? Source, string? GrantCode, int? GrantLastYear, bool FundsAppreciation,
        long BudgetCents, long CommittedCents, long SpentCents, long RemainingCents, string? Month, long CollectiveCents, long AwardsCents);
}
