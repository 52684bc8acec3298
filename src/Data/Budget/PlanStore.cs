using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Budget;

/// <summary>
/// Writes a municipality's multi-year plan. Each change goes on the audit trail in its own
/// transaction, with who made it: the plan is what the council is told the money will do.
/// </summary>
public sealed class PlanStore(NpgsqlDataSource dataSource)
{
    /// <summary>Sets the plan's years; amounts of years that fall outside them go, as they are no longer part of the plan.</summary>
    public Task<PlanWriteOutcome> SetYearsAsync(string municipality, int firstYear, int lastYear, Actor actor, Instant now,
        CancellationToken cancellationToken) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var created = await connection.ExecuteScalarAsync<bool>(new CommandDefinition("""
                insert into budget_plans (municipality_code, first_year, last_year, updated_at)
                values (@municipality, @firstYear, @lastYear, @now)
                on conflict (municipality_code) do update set
                    first_year = excluded.first_year, last_year = excluded.last_year, updated_at = excluded.updated_at
                returning (xmax = 0)
                """, new { municipality, firstYear, lastYear, now }, transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition("""
                delete from budget_plan_amounts m using budget_plan_rows r
                where r.id = m.row_id and r.municipality_code = @municipality and m.year not between @firstYear and @lastYear
                """, new { municipality, firstYear, lastYear }, transaction, cancellationToken: cancellationToken));
            await AuditLog.WriteAsync(connection, transaction, actor, "budget-plan-years-set", now,
                details: new { municipality, firstYear, lastYear }, cancellationToken: cancellationToken);
            return created ? PlanWriteOutcome.Created : PlanWriteOutcome.Updated;
        }, cancellationToken);

    /// <summary>Adds a row; answers its id, or none when the municipality has no plan yet.</summary>
    public async Task<(PlanWriteOutcome Outcome, long? Id)> AddRowAsync(string municipality, PlanRowInput row, Actor actor, Instant now,
        CancellationToken cancellationToken)
    {
        long? id = null;
        var outcome = await InTransactionAsync(async (connection, transaction) =>
        {
            id = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("""
                insert into budget_plan_rows (municipality_code, kind, name, source, grant_code, grant_last_year, created_at, updated_at)
                select municipality_code, @Kind, @Name, @Source, @GrantCode, @GrantLastYear, @now, @now
                from budget_plans where municipality_code = @municipality
                returning id
                """, Parameters(municipality, row, now), transaction, cancellationToken: cancellationToken));
            if (id is null)
            {
                return PlanWriteOutcome.NoPlan;
            }

            await WriteAmountsAsync(connection, transaction, id.Value, row, cancellationToken);
            await AuditLog.WriteAsync(connection, transaction, actor, "budget-plan-row-added", now,
                details: Details(municipality, id.Value, row), cancellationToken: cancellationToken);
            return PlanWriteOutcome.Created;
        }, cancellationToken);
        return (outcome, id);
    }

    /// <summary>Replaces a row's name, source and amounts (idempotent: the same row again changes nothing but the time).</summary>
    public Task<PlanWriteOutcome> ChangeRowAsync(string municipality, long id, PlanRowInput row, Actor actor, Instant now,
        CancellationToken cancellationToken) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var found = await connection.ExecuteAsync(new CommandDefinition("""
                update budget_plan_rows set kind = @Kind, name = @Name, source = @Source, grant_code = @GrantCode,
                    grant_last_year = @GrantLastYear, updated_at = @now
                where id = @id and municipality_code = @municipality
                """, Parameters(municipality, row, now, id), transaction, cancellationToken: cancellationToken));
            if (found == 0)
            {
                return PlanWriteOutcome.UnknownRow;
            }

            await connection.ExecuteAsync(new CommandDefinition("delete from budget_plan_amounts where row_id = @id",
                new { id }, transaction, cancellationToken: cancellationToken));
            await WriteAmountsAsync(connection, transaction, id, row, cancellationToken);
            await AuditLog.WriteAsync(connection, transaction, actor, "budget-plan-row-changed", now,
                details: Details(municipality, id, row), cancellationToken: cancellationToken);
            return PlanWriteOutcome.Updated;
        }, cancellationToken);

    public Task<PlanWriteOutcome> RemoveRowAsync(string municipality, long id, Actor actor, Instant now, CancellationToken cancellationToken) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            var name = await connection.ExecuteScalarAsync<string?>(new CommandDefinition("""
                delete from budget_plan_rows where id = @id and municipality_code = @municipality returning name
                """, new { id, municipality }, transaction, cancellationToken: cancellationToken));
            if (name is null)
            {
                return PlanWriteOutcome.UnknownRow;
            }

            await AuditLog.WriteAsync(connection, transaction, actor, "budget-plan-row-removed", now,
                details: new { municipality, row = id, name }, cancellationToken: cancellationToken);
            return PlanWriteOutcome.Removed;
        }, cancellationToken);

    private static object Parameters(string municipality, PlanRowInput row, Instant now, long id = 0) => new
    {
        municipality, id, Kind = row.Kind.Code(), row.Name, Source = row.Source?.Code(), row.GrantCode, row.GrantLastYear, now,
    };

    private static object Details(string municipality, long id, PlanRowInput row) => new
    {
        municipality, row = id, kind = row.Kind.Code(), name = row.Name, source = row.Source?.Code(), grantCode = row.GrantCode,
        grantLastYear = row.GrantLastYear, amountCents = row.AmountCents.ToDictionary(a => a.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), a => a.Value),
    };

    private static Task WriteAmountsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, PlanRowInput row,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("""
            insert into budget_plan_amounts (row_id, year, amount_cents)
            select @id, year, amount from unnest(@years, @amounts) as a (year, amount)
            """, new { id, years = row.AmountCents.Keys.ToArray(), amounts = row.AmountCents.Values.ToArray() }, transaction,
            cancellationToken: cancellationToken));

    private async Task<PlanWriteOutcome> InTransactionAsync(
        Func<NpgsqlConnection, NpgsqlTransaction, Task<PlanWriteOutcome>> write, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            var outcome = await write(connection, transaction);
            if (outcome is PlanWriteOutcome.Created or PlanWriteOutcome.Updated or PlanWriteOutcome.Removed)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return outcome;
        }
        catch (PostgresException x) when (x.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            return PlanWriteOutcome.UnknownMunicipality;
        }
    }
}
