using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Budget;
using Waardering.Domain;
using Waardering.Domain.Budget;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Reports;

/// <summary>Requests over time for policy staff, all figures from one statement.</summary>
public sealed class RequestsOverTimeReader(NpgsqlDataSource dataSource, IClock clock)
{
    // Weeks are counted from each year's own opening day. Last year's share is read by the same
    // SQL as the amount's recompute (ForecastInputs), the units so far are the same rows. Each
    // year's arrived units are first summed per day (Days); the weeks are taken from those few rows.
    private static readonly string Sql = $"""
        with this_scheme as (
            select id, opens_on, closes_on from schemes where municipality_code = @municipality and year = @year),
        forecast_day as (select @today - opens_on as day_of_window from this_scheme),
        {ForecastInputs.LastYearShare},
        this_weeks as (
            select (d.submitted_on - s.opens_on) / 7 + 1 as week, sum(d.units)::int as units
            from this_scheme s, ({Days("@year")}) d
            group by 1),
        -- The forecast's units so far are the recompute's (arrived units of the scheme): the weeks' sum, without a second pass.
        so_far as (select coalesce(sum(units), 0)::int as units from this_weeks),
        own_weeks as (
            select (d.submitted_on - s.opens_on) / 7 + 1 as week, sum(d.units)::int as units
            from schemes s, ({Days("@lastYear")}) d
            where s.municipality_code = @municipality and s.year = @lastYear
            group by 1),
        imported_weeks as (
            select week, requests as units from past_year_weeks
            where municipality_code = @municipality and year = @lastYear and not exists (select 1 from own_weeks)),
        weeks as (
            select coalesce(t.week, l.week) as week, coalesce(t.units, 0) as this_year, coalesce(l.units, 0) as last_year
            from this_weeks t full join (select * from own_weeks union all select * from imported_weeks) l on l.week = t.week),
        facts as (
            select ts.opens_on, ts.closes_on, (select units from so_far) as units_so_far, (select share from last_year_share) as share,
                case when exists (select 1 from own_weeks) then @service
                    when exists (select 1 from past_years where municipality_code = @municipality and year = @lastYear) then @imported
                    else @none end as last_year
            from (select 1) one left join this_scheme ts on true)
        select f.opens_on, f.closes_on, f.units_so_far, f.share, f.last_year, w.week, w.this_year, w.last_year as last_year_units
        from facts f left join weeks w on true
        order by w.week
        """;

    /// <summary>
    /// A year's arrived units per day, for the days with any: the days its requests came in on, found
    /// one by one in requests_scheme_arrival_days (the next day after the last, one descent each),
    /// and each day's units summed over the index ranges of (scheme, day, arrived status), so
    /// no entry of another status is read and no entry compared with the one before. Grouping a million
    /// entries by day and status, even in parallel, cost more than reading them, and a filter on the
    /// statuses in the scan as much again (bench/budget.sh). The scheme is found by a subquery.
    /// </summary>
    private static string Days(string year)
    {
        var scheme = $"(select id from schemes where municipality_code = @municipality and year = {year})";
        return $"""
            with recursive days(submitted_on) as (
                select min(submitted_on) from requests where scheme_id = {scheme}
                union all
                select (select min(r.submitted_on) from requests r where r.scheme_id = {scheme} and r.submitted_on > days.submitted_on)
                from days where days.submitted_on is not null)
            select days.submitted_on, u.units from days
            cross join lateral (
                select sum(r.units) as units from requests r
                where r.scheme_id = {scheme} and r.submitted_on = days.submitted_on and r.status = any(@arrived)) u
            where u.units is not null
            """;
    }

    public async Task<RequestsOverTime> ReadAsync(string municipality, int year, CancellationToken cancellationToken)
    {
        var today = AmsterdamTime.DateOf(clock.GetCurrentInstant());
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(Sql, new
        {
            municipality, year, lastYear = year - 1, today, arrived = RequestLife.ArrivedUnits.CodesOf(),
            service = LastYearSource.Service.Code(), imported = LastYearSource.Imported.Code(), none = LastYearSource.None.Code(),
        }, cancellationToken: cancellationToken))).ToList();
        var first = rows[0];
        var window = first is { OpensOn: { } opens, ClosesOn: { } closes } ? new SchemeWindow(opens, closes) : null;
        var forecast = window is null
            ? new ForecastRange(0, 0, 0, ArrivalForecast.None)
            : ForecastBand.Estimate(window, today, first.UnitsSoFar, first.Share);
        int? currentWeek = window is null || today < window.OpensOn ? null
            : Math.Min(ForecastInputs.DayOfWindow(window.OpensOn, today) / 7 + 1, WeekOf(window, window.ClosesOn));
        var lastWeek = Math.Max(window is null ? 0 : WeekOf(window, window.ClosesOn), rows.Max(r => r.Week ?? 0));
        var counted = rows.Where(r => r.Week is not null).ToDictionary(r => r.Week!.Value);
        var weeks = new List<WeekFigures>();
        int thisTotal = 0, lastTotal = 0;
        for (var week = Math.Min(1, rows.Min(r => r.Week ?? 1)); week <= lastWeek; week++)
        {
            var row = counted.GetValueOrDefault(week);
            thisTotal += row?.ThisYear ?? 0;
            lastTotal += row?.LastYearUnits ?? 0;
            weeks.Add(new WeekFigures(week, row?.ThisYear ?? 0, row?.LastYearUnits ?? 0, thisTotal, lastTotal));
        }

        return new RequestsOverTime(municipality, year, first.OpensOn, first.ClosesOn, Codes.Parse<LastYearSource>(first.LastYear),
            weeks, first.UnitsSoFar, currentWeek, forecast);
    }

    private static int WeekOf(SchemeWindow window, LocalDate day) => ForecastInputs.DayOfWindow(window.OpensOn, day) / 7 + 1;

    private sealed record Row(
        LocalDate? OpensOn, LocalDate? ClosesOn, int UnitsSoFar, double? Share, string LastYear, int? Week, int? ThisYear, int? LastYearUnits);
}
