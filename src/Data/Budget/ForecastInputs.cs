using NodaTime;

namespace Waardering.Data.Budget;

/// <summary>
/// How the inputs of the arrival forecast are read, in one place: the amount's recompute and the
/// requests-over-time panel put the same SQL into their statements, so the panel shows the
/// forecast the amount uses, not a second estimate.
/// </summary>
public static class ForecastInputs
{
    /// <summary>The units that arrived so far, over rows with <c>status</c> and <c>units</c> (a scheme's requests, or their units per status); takes <c>@arrived</c> (<c>RequestLife.ArrivedUnits</c>).</summary>
    public const string UnitsSoFar = "coalesce(sum(units) filter (where status = any(@arrived)), 0)::int";

    /// <summary>
    /// CTEs ending in <c>last_year_share(share)</c>: of last year's units, the share that had
    /// arrived by the same day of its window, or null without a last year. The service's own
    /// requests count by the day they arrived; without them, the imported weeks (a week counts
    /// as arrived when its last day is on or before that day). Needs a CTE
    /// <c>forecast_day(day_of_window)</c> (0 on the day the window opens) and the parameters
    /// <c>@municipality</c>, <c>@lastYear</c> and <c>@arrived</c>.
    /// Last year's requests are summed per day and status first (requests_scheme_arrival_days in
    /// order, its scheme found by a subquery so the scan may run in parallel; the arrived statuses
    /// taken from those few rows: <c>offset 0</c> keeps the planner from pushing that filter into the scan,
    /// where it costs more than the scan itself) and joined to
    /// last year's scheme, which the plan reads first: without a last year no worker is started.
    /// </summary>
    public const string LastYearShare = """
        own_last_year as (
            select (sum(d.units) filter (where d.submitted_on <= s.opens_on + (select day_of_window from forecast_day)))::float8 as arrived,
                sum(d.units)::float8 as total
            from schemes s, (
                select r.submitted_on, r.status, sum(r.units) as units from requests r
                where r.scheme_id = (select id from schemes where municipality_code = @municipality and year = @lastYear)
                group by r.submitted_on, r.status
                offset 0) d
            where s.municipality_code = @municipality and s.year = @lastYear and d.status = any(@arrived)),
        imported_last_year as (
            select (sum(w.requests) filter (where w.week * 7 - 1 <= (select day_of_window from forecast_day)))::float8 as arrived,
                sum(w.requests)::float8 as total
            from past_year_weeks w
            where w.municipality_code = @municipality and w.year = @lastYear),
        last_year_share as (
            select case when o.total > 0 then o.arrived / o.total else i.arrived / nullif(i.total, 0) end as share
            from own_last_year o, imported_last_year i)
        """;

    /// <summary>Days since the window opened: 0 on its first day.</summary>
    public static int DayOfWindow(LocalDate opensOn, LocalDate today) => Period.Between(opensOn, today, PeriodUnits.Days).Days;
}
