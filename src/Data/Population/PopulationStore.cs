using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;

namespace Waardering.Data.Population;

/// <summary>
/// A municipality's own figures of its caregivers (municipality_population): how many care
/// long-term, how many of them intensively, and how many are heavily burdened, with where the
/// figures come from and the year they describe (Hilversum: CBS 1-1-2020, 002:374-392).
/// </summary>
public sealed record PopulationFigures(
    int LongTermCaregivers, int IntensiveCaregivers, int HeavilyBurdenedCaregivers, string Source, int FiguresYear);

/// <summary>The figures as stored, with who set them last and when.</summary>
public sealed record StoredPopulation(PopulationFigures Figures, Instant UpdatedAt, string UpdatedBy);

/// <summary>What a read finds: an unknown municipality, a known one without figures yet, or its figures.</summary>
public sealed record PopulationReading(bool Known, StoredPopulation? Stored);

/// <summary>Reads and sets the population figures; setting them is on the audit trail, in the write's transaction.</summary>
public sealed class PopulationStore(NpgsqlDataSource dataSource, IClock clock)
{
    public async Task<PopulationReading> ReadAsync(string municipality, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PopulationRow>(new CommandDefinition("""
            select p.long_term_caregivers, p.intensive_caregivers, p.heavily_burdened_caregivers, p.source, p.figures_year,
                p.updated_at, p.updated_by, m.code is not null as known
            from (select @municipality as code) k
            left join municipalities m on m.code = k.code
            left join municipality_population p on p.municipality_code = k.code
            """, new { municipality }, cancellationToken: cancellationToken));
        return new PopulationReading(row is { Known: true }, row?.ToStored());
    }

    /// <summary>Replaces the figures; false when the municipality is unknown.</summary>
    public async Task<bool> SetAsync(string municipality, PopulationFigures figures, Actor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var written = await connection.ExecuteAsync(new CommandDefinition("""
            insert into municipality_population (municipality_code, long_term_caregivers, intensive_caregivers, heavily_burdened_caregivers,
                source, figures_year, updated_at, updated_by)
            select code, @LongTermCaregivers, @IntensiveCaregivers, @HeavilyBurdenedCaregivers, @Source, @FiguresYear, @now, @by
            from municipalities where code = @municipality
            on conflict (municipality_code) do update set
                long_term_caregivers = excluded.long_term_caregivers, intensive_caregivers = excluded.intensive_caregivers,
                heavily_burdened_caregivers = excluded.heavily_burdened_caregivers, source = excluded.source, figures_year = excluded.figures_year,
                updated_at = excluded.updated_at, updated_by = excluded.updated_by
            """, new
            {
                municipality, figures.LongTermCaregivers, figures.IntensiveCaregivers, figures.HeavilyBurdenedCaregivers, figures.Source,
                figures.FiguresYear, now, by = actor.Name,
            }, transaction, cancellationToken: cancellationToken));
        if (written == 0)
        {
            return false;
        }

        await AuditLog.WriteAsync(connection, transaction, actor, "population-set", now, details: new
        {
            municipality, longTermCaregivers = figures.LongTermCaregivers, intensiveCaregivers = figures.IntensiveCaregivers,
            heavilyBurdenedCaregivers = figures.HeavilyBurdenedCaregivers, source = figures.Source, figuresYear = figures.FiguresYear,
        }, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private sealed record PopulationRow(
        int? LongTermCaregivers, int? IntensiveCaregivers, int? HeavilyBurdenedCaregivers, string? Source, int? FiguresYear,
        Instant? UpdatedAt, string? UpdatedBy, bool Known)
    {
        public StoredPopulation? ToStored() => LongTermCaregivers is { } longTerm
            ? new StoredPopulation(
                new PopulationFigures(longTerm, IntensiveCaregivers!.Value, HeavilyBurdenedCaregivers!.Value, Source!, FiguresYear!.Value),
                UpdatedAt!.Value, UpdatedBy!)
            : null;
    }
}
