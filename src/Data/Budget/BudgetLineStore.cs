using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Domain.Budget;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Budget;

public sealed class BudgetLineStore(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Creates or changes a line. Lowering it below what is already charged to it breaks the
    /// table's "not overspent" check and is refused. Who set it goes on the audit trail (name and
    /// subject), in the same transaction: the budget is what the auditor checks spending against.
    /// </summary>
    public async Task<BudgetWriteOutcome> UpsertAsync(BudgetLine line, Actor actor, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            var existing = await connection.QuerySingleOrDefaultAsync<(FundingSource Source, string? GrantCode, long Charged)?>(
                new CommandDefinition("""
                    select source, grant_code, expended_cents + awarded_cents from budget_lines
                    where municipality_code = @MunicipalityCode and year = @Year and code = @Code
                    for update
                    """, new { line.MunicipalityCode, line.Year, line.Code }, transaction, cancellationToken: cancellationToken));
            if (existing is { Charged: > 0 } e && (e.Source != line.Source || e.GrantCode != line.GrantCode))
            {
                return BudgetWriteOutcome.CodeInUse;
            }

            var created = await connection.ExecuteScalarAsync<bool>(new CommandDefinition("""
                insert into budget_lines (municipality_code, year, code, name, source, grant_code, grant_last_year,
                    amount_cents, funds_appreciation, created_at, updated_at)
                values (@MunicipalityCode, @Year, @Code, @Name, @Source, @GrantCode, @GrantLastYear,
                    @AmountCents, @FundsAppreciation, @now, @now)
                on conflict (municipality_code, year, code) do update set
                    name = excluded.name, source = excluded.source, grant_code = excluded.grant_code,
                    grant_last_year = excluded.grant_last_year, amount_cents = excluded.amount_cents,
                    funds_appreciation = excluded.funds_appreciation, updated_at = excluded.updated_at
                returning (xmax = 0)
                """, new
                {
                    line.MunicipalityCode, line.Year, line.Code, line.Name, Source = line.Source.Code(), line.GrantCode, line.GrantLastYear,
                    line.AmountCents, line.FundsAppreciation, now,
                }, transaction, cancellationToken: cancellationToken));
            await AuditLog.WriteAsync(connection, transaction, actor, created ? "budget-line-created" : "budget-line-changed", now,
                details: new
                {
                    municipality = line.MunicipalityCode, year = line.Year, code = line.Code, source = line.Source.Code(),
                    amountCents = line.AmountCents, fundsAppreciation = line.FundsAppreciation,
                },
                cancellationToken: cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return created ? BudgetWriteOutcome.Created : BudgetWriteOutcome.Updated;
        }
        catch (PostgresException x) when (x.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            return BudgetWriteOutcome.UnknownMunicipality;
        }
        catch (PostgresException x) when (x.ConstraintName == "budget_lines_not_overspent")
        {
            return BudgetWriteOutcome.WouldOverspend;
        }
    }

    /// <summary>Charges collective costs to a line, in one transaction with the line's total and the audit event.</summary>
    public async Task<BudgetWriteOutcome> AddExpenditureAsync(
        string municipalityCode, int year, string lineCode, long amountCents, string description, Actor recordedBy,
        Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            var lineId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
                update budget_lines set expended_cents = expended_cents + @amountCents, updated_at = @now
                where municipality_code = @municipalityCode and year = @year and code = @lineCode
                returning id
                """, new { municipalityCode, year, lineCode, amountCents, now }, transaction, cancellationToken: cancellationToken));
            if (lineId is null)
            {
                return BudgetWriteOutcome.UnknownLine;
            }

            await connection.ExecuteAsync(new CommandDefinition("""
                insert into expenditures (budget_line_id, amount_cents, description, recorded_by, recorded_at)
                values (@lineId, @amountCents, @description, @recordedBy, @now)
                """, new { lineId, amountCents, description, recordedBy = recordedBy.Name, now }, transaction, cancellationToken: cancellationToken));
            await AuditLog.WriteAsync(connection, transaction, recordedBy, "expenditure-recorded", now,
                details: new { municipality = municipalityCode, year, code = lineCode, amountCents, description }, cancellationToken: cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return BudgetWriteOutcome.Created;
        }
        catch (PostgresException e) when (e.ConstraintName == "budget_lines_not_overspent")
        {
            return BudgetWriteOutcome.WouldOverspend;
        }
    }
}
