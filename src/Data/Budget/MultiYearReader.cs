using Dapper;
using Npgsql;
using Waardering.Domain.Budget;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Budget;

public sealed record YearLine(string Code, string Name, FundingSource Source, string? GrantCode, int? GrantLastYear, long BudgetCents);

/// <summary>
/// One year of the multi-year view: what the lines hold, what is charged to them and the
/// difference, and the grants whose last funded year this is.
/// </summary>
public sealed record BudgetYear(
    int Year, long BudgetCents, long CommittedCents, long SpentCents, long DifferenceCents,
    IReadOnlyList<string> GrantsEnding, IReadOnlyList<YearLine> Lines);

/// <summary>A SPUK grant in one year, as the SiSa annex to the annual accounts asks for it.</summary>
public sealed record SpukAccountingRow(
    string GrantCode, int Year, long BudgetCents, long SpentInYearCents, long CumulativeSpentCents, long UnspentCents);

public sealed class MultiYearReader(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<BudgetYear>> ReadAsync(string municipality, int from, int to, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var lines = (await connection.QueryAsync<(int Year, string Code, string Name, FundingSource Source, string? GrantCode,
            int? GrantLastYear, long Amount, long Committed, long Spent)>(new CommandDefinition("""
                select year, code, name, source, grant_code, grant_last_year, amount_cents,
                    awarded_cents - paid_cents, expended_cents + paid_cents
                from budget_lines
                where municipality_code = @municipality and year between @from and @to
                order by year, code
                """, new { municipality, from, to }, cancellationToken: cancellationToken))).ToList();
        return Enumerable.Range(from, to - from + 1).Select(year =>
        {
            var ofYear = lines.Where(l => l.Year == year).ToList();
            var (budget, committed, spent) = (ofYear.Sum(l => l.Amount), ofYear.Sum(l => l.Committed), ofYear.Sum(l => l.Spent));
            return new BudgetYear(year, budget, committed, spent, budget - committed - spent,
                ofYear.Where(l => l.GrantLastYear == year && l.GrantCode is not null).Select(l => l.GrantCode!).Distinct().ToList(),
                ofYear.Select(l => new YearLine(l.Code, l.Name, l.Source, l.GrantCode, l.GrantLastYear, l.Amount)).ToList());
        }).ToList();
    }

    /// <summary>
    /// Per SPUK grant code and year: the budget, what was charged in the year (collective costs and
    /// awards), the cumulative total and what is left unspent, which is settled with the state.
    /// </summary>
    public async Task<IReadOnlyList<SpukAccountingRow>> SpukAccountingAsync(string municipality, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<SpukAccountingRow>(new CommandDefinition("""
            select grant_code, year, budget_cents, spent_in_year_cents,
                sum(spent_in_year_cents) over (partition by grant_code order by year)::bigint as cumulative_spent_cents,
                budget_cents - spent_in_year_cents as unspent_cents
            from (
                select grant_code, year, sum(amount_cents)::bigint as budget_cents,
                    sum(expended_cents + awarded_cents)::bigint as spent_in_year_cents
                from budget_lines
                where municipality_code = @municipality and source = @spuk
                group by grant_code, year) per_year
            order by grant_code, year
            """, new { municipality, spuk = FundingSource.Spuk.Code() }, cancellationToken: cancellationToken));
        return rows.ToList();
    }
}
