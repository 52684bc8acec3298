using Waardering.Data.Reports;
using Waardering.Domain.Budget;

namespace Waardering.Web.Staff.Dashboard.History;

/// <summary>
/// Requests over time (issue: "per week and cumulative against last year, with the forecast to
/// the closing date that the amount uses and its band"): two charts from one reading.
/// </summary>
public sealed class RequestsPanel(RequestsOverTimeReader reader) : IDashboardPanel
{
    public const string WeeksChart = "weeks";
    public const string CumulativeChart = "cumulative";

    public string Path => DashboardPanels.Requests;

    public async Task<IReadOnlyList<Chart>> ChartsAsync(DashboardQuery query, CancellationToken cancellationToken) =>
        Charts(await ReadAsync(query, cancellationToken));

    public Task<RequestsOverTime> ReadAsync(DashboardQuery query, CancellationToken cancellationToken) =>
        reader.ReadAsync(query.Municipality, query.Year, cancellationToken);

    public static IReadOnlyList<Chart> Charts(RequestsOverTime figures) => [Weeks(figures), Cumulative(figures)];

    private static Chart Weeks(RequestsOverTime f)
    {
        var (thisYear, lastYear) = Names(f);
        var rows = f.Weeks.Select(w => (IReadOnlyList<ChartCell>)[WeekName(w.Week), ChartCell.Number(w.ThisYear), ChartCell.Number(w.LastYear)]).ToList();
        var busiest = f.Weeks.Count == 0 ? null : f.Weeks.MaxBy(w => w.ThisYear);
        var description = busiest is not { ThisYear: > 0 }
            ? $"In {f.Year} zijn nog geen aanvragen binnengekomen."
            : $"De drukste week van {f.Year} was week {busiest.Week} met {busiest.ThisYear} aanvragen; in {lastYear} waren het er in die week {busiest.LastYear}.";
        return new Chart(WeeksChart, $"Aanvragen per week, {f.Year} tegen {f.Year - 1}", description,
            new ChartTable(["Week", thisYear, lastYear], rows),
            ChartSvg.Bars(f.Weeks.Select(w => w.Week.ToString(StaffWords.Dutch)).ToList(),
                [new ChartSeries(thisYear, f.Weeks.Select(w => (double)w.ThisYear).ToList()), new ChartSeries(lastYear, f.Weeks.Select(w => (double)w.LastYear).ToList())],
                ChartUnit.Count));
    }

    /// <summary>
    /// This year up to this week, last year's whole window, and from this week on the forecast:
    /// a straight line from the count so far to what the amount expects by the closing date,
    /// between the band's ends.
    /// </summary>
    private static Chart Cumulative(RequestsOverTime f)
    {
        var (thisYear, lastYear) = Names(f);
        var now = f.Forecast.Method != ArrivalForecast.None && f.CurrentWeek is { } week ? week : (int?)null;
        var soFar = f.Weeks.Where(w => now is null || w.Week <= now).ToList();
        var ahead = now is null ? [] : f.Weeks.Where(w => w.Week >= now).Select(w => w.Week).ToList();
        double Towards(int week, int atClose) =>
            f.UnitsSoFar + ((atClose - f.UnitsSoFar) * (ahead.Count <= 1 ? 1.0 : (week - now!.Value) / (double)(ahead.Count - 1)));
        var expected = ahead.Select(w => Towards(w, f.AtClose.Units)).ToList();
        // The forecast goes first, so this year's line is drawn over the stretch they share.
        var series = new List<ChartSeries>();
        if (ahead.Count > 0)
        {
            series.Add(new("Verwachting", soFar.SkipLast(1).Select(w => (double)w.ThisYearCumulative).Concat(expected).ToList()));
        }

        series.Add(new(thisYear, soFar.Select(w => (double)w.ThisYearCumulative).ToList()));
        series.Add(new(lastYear, f.Weeks.Select(w => (double)w.LastYearCumulative).ToList()));

        var band = ahead.Count == 0 ? null : new ChartBand("Marge van de verwachting",
            ahead.Select(w => Towards(w, f.AtClose.Low)).ToList(), ahead.Select(w => Towards(w, f.AtClose.High)).ToList());
        var rows = f.Weeks.Select(w =>
        {
            var i = ahead.IndexOf(w.Week);
            return (IReadOnlyList<ChartCell>)[WeekName(w.Week), now is null || w.Week <= now ? ChartCell.Number(w.ThisYearCumulative) : "",
                ChartCell.Number(w.LastYearCumulative), i < 0 ? "" : Rounded(expected[i]), i < 0 ? "" : Rounded(band!.Low[i]), i < 0 ? "" : Rounded(band!.High[i])];
        }).ToList();
        return new Chart(CumulativeChart, $"Aanvragen opgeteld, {f.Year} tegen {f.Year - 1}, met de verwachting", Describe(f, lastYear),
            new ChartTable(["Week", thisYear, lastYear, "Verwachting", "Marge laag", "Marge hoog"], rows),
            ChartSvg.Lines(f.Weeks.Select(w => w.Week.ToString(StaffWords.Dutch)).ToList(), series, ChartUnit.Count, band));
    }

    private static string Describe(RequestsOverTime f, string lastYear)
    {
        var last = f.Weeks.Count == 0 ? 0 : f.Weeks[^1].LastYearCumulative;
        var compared = f.LastYear == LastYearSource.None ? "Van vorig jaar zijn geen cijfers." : $"{lastYear} kwam uit op {last}.";
        return f.Forecast.Method == ArrivalForecast.None
            ? $"In {f.Year} kwamen {f.UnitsSoFar} aanvragen binnen. {compared}"
            : $"Tot nu toe {f.UnitsSoFar} aanvragen; tot de sluiting worden er {f.AtClose.Units} verwacht, tussen {f.AtClose.Low} en {f.AtClose.High}. {compared}";
    }

    private static (string ThisYear, string LastYear) Names(RequestsOverTime f) =>
        (f.Year.ToString(StaffWords.Dutch), $"{f.Year - 1}{f.LastYear.Suffix()}");

    private static string WeekName(int week) => $"Week {week}";

    private static ChartCell Rounded(double value) => ChartCell.Number((long)Math.Round(value));
}
