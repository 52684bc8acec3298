using Dapper;
using Npgsql;
using Waardering.Domain.Budget;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Budget;

public sealed record BudgetLineReport(
    string Code, string Name, FundingSource Source, string? GrantCode, int? GrantLastYear, bool FundsAppreciation,
    long BudgetCents, long CommittedCents, long SpentCents, long RemainingCents)
{
    /// <summary>Charged more than the line holds. The table's check prevents it; shown should data ever be repaired by hand.</summary>
    public bool Deficit => RemainingCents < 0;
}

public sealed record BudgetReport(
    string MunicipalityCode, int Year, long? CurrentAmountCents, bool BelowFloor, bool BudgetExhausted, int WaitingForBudget,
    IReadOnlyList<BudgetLineReport> Lines);

/// <summary>Budget against spend for policy staff, from aggregates kept on the lines: no row scans.</summary>
public sealed class BudgetReportReader(NpgsqlDataSource dataSource)
{
    public async Task<BudgetReport> ReadAsync(string municipalityCode, int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // Committed: awarded but not yet paid. Spent: collective costs and paid awards.
        var lines = await connection.QueryAsync<BudgetLineReport>(new CommandDefinition("""
            select code, name, source, grant_code, grant_last_year, funds_appreciation,
                amount_cents as budget_cents,
                awarded_cents - paid_cents as committed_cents,
                expended_cents + paid_cents as spent_cents,
                amount_cents - expended_cents - awarded_cents as remaining_cents
            from budget_lines where municipality_code = @municipalityCode and year = @year
            order by code
            """, new { municipalityCode, year }, cancellationToken: cancellationToken));
        var scheme = await connection.QuerySingleOrDefaultAsync<(long? Amount, bool BelowFloor, bool Exhausted, int Waiting)>(new CommandDefinition("""
            select s.current_amount_cents, s.below_floor, s.budget_exhausted,
                (select count(*)::int from requests r where r.scheme_id = s.id and r.status = @waiting)
            from schemes s where s.municipality_code = @municipalityCode and s.year = @year
            """, new { municipalityCode, year, waiting = RequestStatus.WaitingForBudget.Code() }, cancellationToken: cancellationToken));
        return new BudgetReport(municipalityCode, year, scheme.Amount, scheme.BelowFloor, scheme.Exhausted, scheme.Waiting, lines.ToList());
    }
}
