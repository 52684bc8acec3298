using Dapper;
using Npgsql;
using Waardering.Data.Database;
using Waardering.Data.Population;
using Waardering.Domain.Contact;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Reports;

/// <summary>
/// One figure of the reach panel: caregivers reached (<c>reached</c>, and per <c>ageBand</c> and
/// <c>targetGroup</c>), those whose check-in showed heavy overload (<c>heavyOverload</c>), and
/// requests per <c>channel</c> and per <c>applicant</c>; this year's beside last year's.
/// </summary>
public sealed record ReachCount(string Dimension, string Group, long ThisYear, long LastYear);

/// <summary>The reach panel's figures, and the municipality's own population figures they are set against (null while none are set).</summary>
public sealed record ReachFigures(string Municipality, int Year, IReadOnlyList<ReachCount> Counts, PopulationFigures? Population)
{
    public ReachCount Of(string dimension, string group = ReachPanelReader.All) =>
        Counts.Single(c => c.Dimension == dimension && c.Group == group);

    public IReadOnlyList<ReachCount> In(string dimension) => Counts.Where(c => c.Dimension == dimension).ToList();
}

/// <summary>
/// The reach panel's figures in one statement, every group present even at zero. Who is reached
/// is counted as the contact report counts it (a caregiver the register knows counts once a year;
/// a request that ended without an award reaches nobody), but each person in one age band: the
/// youngest age they had in that year's requests.
/// </summary>
public sealed class ReachPanelReader(NpgsqlDataSource dataSource)
{
    public const string All = "all";
    public const string Reached = "reached";
    public const string HeavyOverload = "heavyOverload";
    public const string AgeBands = "ageBand";
    public const string TargetGroups = "targetGroup";
    public const string Channels = "channel";
    public const string Applicants = "applicant";

    public async Task<ReachFigures> ReadAsync(string municipality, int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(Sql, new
        {
            municipality, year, previous = year - 1, ended = RequestLife.EndedWithoutAward.CodesOf(),
            youngUnder = Domain.Contact.AgeBands.YoungUnder, olderOver = Domain.Contact.AgeBands.OlderOver,
            youngBand = AgeBand.Under25.Code(), middleBand = AgeBand.From25To65.Code(), olderBand = AgeBand.Over65.Code(),
            nonWestern = Background.NonWestern.Code(), nonWesternGroup = TargetGroup.NonWesternBackground.Code(),
            ageBands = Codes.All<AgeBand>().ToArray(), targetGroups = Codes.All<TargetGroup>().ToArray(),
            channels = Domain.Requests.Channels.Intake.CodesOf(), applicants = Codes.All<Applicant>().ToArray(),
        }, cancellationToken: cancellationToken))).ToList();
        var population = rows[0] is { LongTermCaregivers: { } longTerm } p
            ? new PopulationFigures(longTerm, p.IntensiveCaregivers!.Value, p.HeavilyBurdenedCaregivers!.Value, p.Source!, p.FiguresYear!.Value)
            : null;
        return new ReachFigures(municipality, year, rows.Select(r => new ReachCount(r.Dimension, r.Grp, r.ThisYear, r.LastYear)).ToList(),
            population);
    }

    private sealed record Row(
        string Dimension, string Grp, long ThisYear, long LastYear, int? LongTermCaregivers, int? IntensiveCaregivers,
        int? HeavilyBurdenedCaregivers, string? Source, int? FiguresYear);

    /// <summary>
    /// Rows <c>(year, channel, submitted_by, n)</c> for this year and the previous one, one for every
    /// channel and applicant of the vocabulary, each a count over its own range of
    /// requests_scheme_intake (scheme, channel, applicant): grouping a million index entries cost as
    /// much again as reading them, the key's ranges split them for free (see UnitsByStatus). The
    /// CHECKs on <c>requests.channel</c> (validated by migration 0035) and <c>submitted_by</c> hold
    /// them to the enums, so every request is in one of the rows. A year without a scheme counts
    /// nothing and starts no parallel worker: a subquery under a false CASE branch is never run.
    /// </summary>
    private static readonly string IntakeCounts = string.Join("\n            union all ",
        from year in new[] { "@year", "@previous" }
        from channel in Enum.GetValues<Channel>()
        from applicant in Enum.GetValues<Applicant>()
        select $"""
            select {year} as year, {SqlCodes.Literal(channel)} as channel, {SqlCodes.Literal(applicant)} as submitted_by,
                case when exists (select from schemes where municipality_code = @municipality and year = {year}) then
                    (select count(*) from requests where scheme_id = (select id from schemes where municipality_code = @municipality and year = {year})
                        and channel = {SqlCodes.Literal(channel)} and submitted_by = {SqlCodes.Literal(applicant)}) else 0 end as n
            """);

    private static readonly string Sql = $$"""
        with scheme as (
            select id, year from schemes where municipality_code = @municipality and year in (@year, @previous)
        ),
        -- One row per person: a caregiver the register knows by its entry, the others one by one (grouped per age, counted by n).
        people as (
            select s.year, c.register_id is not null as known, min(a.age) as age, count(*) as n
            from scheme s join requests r on r.scheme_id = s.id join request_caregivers c on c.request_id = r.id
            -- date_part (a float) rather than extract (a numeric): a third of the statement's time at 10^6 requests.
            cross join lateral (select date_part('year', age((r.submitted_at at time zone 'Europe/Amsterdam')::date, c.birth_date))::int as age) a
            where r.status <> all(@ended)
            group by s.year, c.register_id, case when c.register_id is null then a.age end
        ),
        counts as (
            select case when grouping(b.band) = 1 then 'reached' else 'ageBand' end as dimension, coalesce(b.band, 'all') as grp,
                p.year, sum(case when p.known then 1 else p.n end) as n
            from people p
            cross join lateral (select case when p.age is null then null when p.age < @youngUnder then @youngBand
                                            when p.age > @olderOver then @olderBand else @middleBand end as band) b
            group by grouping sets ((p.year), (p.year, b.band))
            union all
            -- What a caregiver reported in that year's check-in; a non-Western background counts as a group.
            select 'targetGroup', t.grp, s.year, count(distinct a.register_id)
            from caregiver_year_answers a join scheme s on s.id = a.scheme_id
            cross join lateral unnest(a.target_groups
                || case when a.background = @nonWestern then array[@nonWesternGroup] else '{}'::text[] end) as t(grp)
            group by 2, 3
            union all
            select 'heavyOverload', 'all', s.year, count(*)
            from check_ins i join scheme s on s.id = i.scheme_id where i.heavy_overload
            group by 3
            union all
            -- Every request that came in, whatever became of it: how people apply. Counted per year,
            -- channel and applicant first (IntakeCounts), then summed per dimension over those few rows.
            select case when grouping(i.channel) = 0 then 'channel' else 'applicant' end, coalesce(i.channel, i.submitted_by), i.year, sum(i.n)
            from ({{IntakeCounts}}) i
            group by grouping sets ((i.year, i.channel), (i.year, i.submitted_by))
        ),
        wanted as (
            select 'reached' as dimension, 'all' as grp, 0::bigint as position
            union all select 'heavyOverload', 'all', 0
            union all select 'ageBand', g, i from unnest(@ageBands::text[]) with ordinality as t(g, i)
            union all select 'targetGroup', g, i from unnest(@targetGroups::text[]) with ordinality as t(g, i)
            union all select 'channel', g, i from unnest(@channels::text[]) with ordinality as t(g, i)
            union all select 'applicant', g, i from unnest(@applicants::text[]) with ordinality as t(g, i)
        )
        select w.dimension, w.grp,
            coalesce(sum(c.n) filter (where c.year = @year), 0)::bigint as this_year,
            coalesce(sum(c.n) filter (where c.year = @previous), 0)::bigint as last_year,
            p.long_term_caregivers, p.intensive_caregivers, p.heavily_burdened_caregivers, p.source, p.figures_year
        from wanted w
        left join counts c on c.dimension = w.dimension and c.grp = w.grp
        left join municipality_population p on p.municipality_code = @municipality
        group by w.dimension, w.grp, w.position, p.municipality_code
        order by w.dimension, w.position
        """;
}
