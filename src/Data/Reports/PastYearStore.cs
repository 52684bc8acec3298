using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;

namespace Waardering.Data.Reports;

/// <summary>Past years' figures, imported by policy staff; read by the forecast and every comparison with last year.</summary>
public sealed class PastYearStore(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Replaces the given years' imported figures, all or nothing, in one transaction with an
    /// audit event per year naming who imported it. A year with the service's own requests is
    /// refused: imported figures never overwrite what the service counted itself.
    /// </summary>
    public async Task<PastYearImportResult> ImportAsync(
        string municipality, IReadOnlyList<PastYear> years, Actor actor, Instant now, CancellationToken cancellationToken)
    {
        var numbers = years.Select(y => y.Year).ToArray();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var own = (await connection.QueryAsync<int>(new CommandDefinition("""
            select s.year from schemes s
            where s.municipality_code = @municipality and s.year = any(@numbers)
                and exists (select 1 from requests r where r.scheme_id = s.id)
            order by s.year
            """, new { municipality, numbers }, transaction, cancellationToken: cancellationToken))).ToList();
        if (own.Count > 0)
        {
            return new PastYearImportResult(PastYearImportOutcome.YearHasOwnRequests, own);
        }

        try
        {
            var replaced = (await connection.QueryAsync<int>(new CommandDefinition("""
                delete from past_years where municipality_code = @municipality and year = any(@numbers) returning year
                """, new { municipality, numbers }, transaction, cancellationToken: cancellationToken))).ToHashSet();
            foreach (var year in years)
            {
                await InsertAsync(connection, transaction, municipality, year, actor, now, cancellationToken);
                await AuditLog.WriteAsync(connection, transaction, actor, "past-year-imported", now, details: new
                {
                    municipality, year = year.Year, year.Requests, year.Caregivers, year.AmountPerUnitCents,
                    weeks = year.Weeks.Count, replaced = replaced.Contains(year.Year),
                }, cancellationToken: cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return new PastYearImportResult(PastYearImportOutcome.Imported, []);
        }
        catch (PostgresException x) when (x.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            return new PastYearImportResult(PastYearImportOutcome.UnknownMunicipality, []);
        }
    }

    public async Task<IReadOnlyList<ImportedPastYear>> ListAsync(string municipality, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var years = await connection.QueryAsync<Row>(new CommandDefinition("""
            select y.year, y.requests, y.caregivers, y.amount_per_unit_cents, y.imported_at, y.imported_by,
                coalesce(array_agg(w.week order by w.week) filter (where w.week is not null), '{}') as weeks,
                coalesce(array_agg(w.requests order by w.week) filter (where w.week is not null), '{}') as week_requests
            from past_years y
            left join past_year_weeks w on w.municipality_code = y.municipality_code and w.year = y.year
            where y.municipality_code = @municipality
            group by y.year, y.requests, y.caregivers, y.amount_per_unit_cents, y.imported_at, y.imported_by
            order by y.year desc
            """, new { municipality }, cancellationToken: cancellationToken));
        return years.Select(y => new ImportedPastYear(y.Year, y.Requests, y.Caregivers, y.AmountPerUnitCents,
            y.Weeks.Zip(y.WeekRequests, (w, r) => new PastYearWeek(w, r)).ToList(), y.ImportedAt, y.ImportedBy)).ToList();
    }

    /// <summary>Properties, not a constructor: Dapper matches a constructor's array parameters as <c>System.Array</c>.</summary>
    private sealed class Row
    {
        public int Year { get; init; }
        public int Requests { get; init; }
        public int Caregivers { get; init; }
        public long AmountPerUnitCents { get; init; }
        public Instant ImportedAt { get; init; }
        public string ImportedBy { get; init; } = "";
        public int[] Weeks { get; init; } = [];
        public int[] WeekRequests { get; init; } = [];
    }

    private static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string municipality,
        PastYear year, Actor actor, Instant now, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition("""
            insert into past_years (municipality_code, year, requests, caregivers, amount_per_unit_cents, imported_at, imported_by)
            values (@municipality, @Year, @Requests, @Caregivers, @AmountPerUnitCents, @now, @by);
            insert into past_year_weeks (municipality_code, year, week, requests)
            select @municipality, @Year, w.week, w.requests from unnest(@weeks, @weekRequests) as w(week, requests)
            """, new
            {
                municipality, year.Year, year.Requests, year.Caregivers, year.AmountPerUnitCents, now, by = actor.Name,
                weeks = year.Weeks.Select(w => w.Week).ToArray(), weekRequests = year.Weeks.Select(w => w.Requests).ToArray(),
            }, transaction, cancellationToken: cancellationToken));
    }
}
