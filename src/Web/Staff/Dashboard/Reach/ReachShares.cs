using Waardering.Data.Reports;

namespace Waardering.Web.Staff.Dashboard.Reach;

/// <summary>
/// Caregivers reached as a share of the municipality's own figures: everyone reached against
/// those who care long-term and those who also care intensively, and those whose check-in showed
/// heavy overload against the heavily burdened (Hilversum: 22,960, 4,380 and 2,433; 002:374-392).
/// </summary>
public static class ReachShares
{
    public sealed record Share(string Label, string Short, long Reached, long LastYear, int Population)
    {
        public decimal Percent => Of(Reached);

        public decimal LastYearPercent => Of(LastYear);

        private decimal Of(long part) => Population == 0 ? 0 : Math.Round(100m * part / Population, 1);
    }

    /// <summary>None while the municipality's figures are not set.</summary>
    public static IReadOnlyList<Share> Of(ReachFigures figures)
    {
        if (figures.Population is not { } population)
        {
            return [];
        }

        var reached = figures.Of(ReachPanelReader.Reached);
        var heavy = figures.Of(ReachPanelReader.HeavyOverload);
        return
        [
            new("Bereikt, van wie langdurig zorgt", "Langdurig", reached.ThisYear, reached.LastYear, population.LongTermCaregivers),
            new("Bereikt, van wie langdurig en intensief zorgt", "Intensief", reached.ThisYear, reached.LastYear, population.IntensiveCaregivers),
            new("Zwaar belast bij het contactmoment, van wie zwaarbelast is", "Zwaarbelast", heavy.ThisYear, heavy.LastYear,
                population.HeavilyBurdenedCaregivers),
        ];
    }

    public static Chart? Chart(ReachFigures figures)
    {
        var shares = Of(figures);
        if (shares.Count == 0)
        {
            return null;
        }

        var (thisYear, lastYear) = (YearOnYear.Year(figures.Year), YearOnYear.Year(figures.Year - 1));
        var table = new ChartTable(["Wie", $"Aantal {thisYear}", "In de gemeente", $"Deel {thisYear}", $"Deel {lastYear}"],
            shares.Select(s => (IReadOnlyList<ChartCell>)
            [
                s.Label, ChartCell.Number(s.Reached), ChartCell.Number(s.Population), ChartCell.Percent(s.Percent),
                ChartCell.Percent(s.LastYearPercent),
            ]).ToList());
        var svg = ChartSvg.Bars(shares.Select(s => s.Short).ToList(),
            [new ChartSeries(thisYear, shares.Select(s => (double)s.Percent).ToList()),
             new ChartSeries(lastYear, shares.Select(s => (double)s.LastYearPercent).ToList())], ChartUnit.Percent);
        var words = string.Join("; ", shares.Select(s =>
            $"{s.Label}: {ChartCell.Percent(s.Percent).Text} ({YearOnYear.Number(s.Reached)} van {YearOnYear.Number(s.Population)}; in {lastYear}: {ChartCell.Percent(s.LastYearPercent).Text})"));
        return new Chart("shares", "Bereik als deel van de mantelzorgers in de gemeente",
            $"Staafdiagram van het bereik in procenten, {thisYear} naast {lastYear}. {words}.", table, svg);
    }
}
