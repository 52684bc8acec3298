using System.Globalization;

namespace Waardering.Web.Staff.Dashboard.Reach;

/// <summary>A count per group this year beside last year: grouped bars, a table with a column per year, and the same in words.</summary>
public static class YearOnYear
{
    /// <param name="categories">Shorter words under the bars where the table's are too long for them; the table's by default.</param>
    public static Chart Bars(
        string id, string title, string what, string groupColumn, int year, IReadOnlyList<(string Label, long ThisYear, long LastYear)> rows,
        IReadOnlyList<string>? categories = null)
    {
        var (thisYear, lastYear) = (Year(year), Year(year - 1));
        var table = new ChartTable([groupColumn, thisYear, lastYear],
            rows.Select(r => (IReadOnlyList<ChartCell>)[r.Label, ChartCell.Number(r.ThisYear), ChartCell.Number(r.LastYear)]).ToList());
        var svg = ChartSvg.Bars(categories ?? rows.Select(r => r.Label).ToList(),
            [new ChartSeries(thisYear, rows.Select(r => (double)r.ThisYear).ToList()),
             new ChartSeries(lastYear, rows.Select(r => (double)r.LastYear).ToList())], ChartUnit.Count);
        var words = string.Join("; ", rows.Select(r => $"{r.Label}: {Number(r.ThisYear)} (in {lastYear}: {Number(r.LastYear)})"));
        return new Chart(id, title, $"Staafdiagram van {what} in {thisYear} naast {lastYear}. {words}.", table, svg);
    }

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    public static string Number(long value) => ChartCell.Number(value).Text;
}
