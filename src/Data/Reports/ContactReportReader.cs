using Dapper;
using Npgsql;
using Waardering.Domain.Contact;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Reports;

/// <summary>The contactmoment report, aggregated in SQL.</summary>
public sealed class ContactReportReader(NpgsqlDataSource dataSource)
{
    public async Task<ContactReport> ReadAsync(string municipality, int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var key = new
        {
            municipality, year, previous = year - 1, youngUnder = AgeBands.YoungUnder, olderOver = AgeBands.OlderOver,
            youngBand = AgeBand.Under25.Code(), middleBand = AgeBand.From25To65.Code(), olderBand = AgeBand.Over65.Code(),
            nonWestern = Background.NonWestern.Code(), nonWesternGroup = TargetGroup.NonWesternBackground.Code(),
            ended = RequestLife.EndedWithoutAward.CodesOf(),
            open = ReferralStatus.Open.Code(), contacted = ReferralStatus.Contacted.Code(), closed = ReferralStatus.Closed.Code(),
        };
        // A caregiver in two requests of one year counts once when the register knows them.
        var ages = await connection.QueryAsync<(int Year, string Group, long Caregivers)>(new CommandDefinition("""
            select s.year,
                case when age < @youngUnder then @youngBand when age > @olderOver then @olderBand else @middleBand end,
                count(distinct coalesce(c.register_id::text, c.request_id::text || '/' || c.position))
            from request_caregivers c join requests r on r.id = c.request_id join schemes s on s.id = r.scheme_id
            cross join lateral (select extract(year from age((r.submitted_at at time zone 'Europe/Amsterdam')::date, c.birth_date))::int as age) a
            where s.municipality_code = @municipality and s.year in (@year, @previous)
                and r.status <> all(@ended) and c.birth_date is not null
            group by 1, 2
            """, key, cancellationToken: cancellationToken));
        // Each year counts what was answered in that year's check-in; a non-Western background is a group, the answer itself only a total.
        var groups = await connection.QueryAsync<(int Year, string Group, long Caregivers)>(new CommandDefinition("""
            select s.year, t.grp, count(distinct a.register_id)
            from caregiver_year_answers a join schemes s on s.id = a.scheme_id
            cross join lateral unnest(a.target_groups
                || case when a.background = @nonWestern then array[@nonWesternGroup] else '{}'::text[] end) as t(grp)
            where s.municipality_code = @municipality and s.year in (@year, @previous)
            group by 1, 2
            """, key, cancellationToken: cancellationToken));
        var backgrounds = await connection.QueryAsync<(int Year, string Group, long Caregivers)>(new CommandDefinition("""
            select s.year, a.background, count(*)
            from caregiver_year_answers a join schemes s on s.id = a.scheme_id
            where s.municipality_code = @municipality and s.year in (@year, @previous) and a.background is not null
            group by 1, 2
            """, key, cancellationToken: cancellationToken));
        var weeks = await connection.QueryAsync<(int Year, int Week, long Requests)>(new CommandDefinition("""
            select s.year,
                ((r.submitted_at at time zone 'Europe/Amsterdam')::date - coalesce(s.opens_on, make_date(s.year, 1, 1))) / 7 + 1,
                count(*)
            from requests r join schemes s on s.id = r.scheme_id
            where s.municipality_code = @municipality and s.year in (@year, @previous)
            group by 1, 2
            union all
            -- Without the service's own previous year, its imported weeks (a year before the service was used).
            select w.year, w.week, w.requests::bigint from past_year_weeks w
            where w.municipality_code = @municipality and w.year = @previous and not exists (
                select 1 from schemes s join requests r on r.scheme_id = s.id where s.municipality_code = @municipality and s.year = @previous)
            """, key, cancellationToken: cancellationToken));
        var checkIns = await connection.QuerySingleAsync<(long Sent, long Answered, long Heavy, long Open, long Contacted, long Closed)>(
            new CommandDefinition("""
                select count(*), count(i.answered_at), count(*) filter (where i.heavy_overload),
                    count(f.id) filter (where f.status = @open), count(f.id) filter (where f.status = @contacted),
                    count(f.id) filter (where f.status = @closed)
                from check_ins i join schemes s on s.id = i.scheme_id left join referrals f on f.check_in_id = i.id
                where s.municipality_code = @municipality and s.year = @year
                """, key, cancellationToken: cancellationToken));

        var reach = Reach("ageBand", Codes.All<AgeBand>(), ages, year)
            .Concat(Reach("targetGroup", Codes.All<TargetGroup>(), groups, year))
            .Concat(Reach("background", Codes.All<Background>(), backgrounds, year)).ToList();
        var perWeek = weeks.GroupBy(w => w.Week).OrderBy(g => g.Key)
            .Select(g => new WeekRow(g.Key, g.Where(w => w.Year == year).Sum(w => w.Requests), g.Where(w => w.Year != year).Sum(w => w.Requests)))
            .ToList();
        return new ContactReport(municipality, year, reach, perWeek, new CheckInFigures(
            checkIns.Sent, checkIns.Answered, Percent(checkIns.Answered, checkIns.Sent), checkIns.Heavy,
            Percent(checkIns.Heavy, checkIns.Answered), checkIns.Open, checkIns.Contacted, checkIns.Closed));
    }

    private static IEnumerable<ReachRow> Reach(
        string dimension, IReadOnlyList<string> groups, IEnumerable<(int Year, string Group, long Caregivers)> counts, int year)
    {
        var all = counts.ToList();
        return groups.Select(g => new ReachRow(dimension, g,
            all.Where(c => c.Group == g && c.Year == year).Sum(c => c.Caregivers),
            all.Where(c => c.Group == g && c.Year != year).Sum(c => c.Caregivers)));
    }

    private static decimal Percent(long part, long whole) => whole == 0 ? 0 : Math.Round(100m * part / whole, 1);
}
