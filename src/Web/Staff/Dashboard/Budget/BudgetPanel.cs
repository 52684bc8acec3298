using Waardering.Data.Budget;

namespace Waardering.Web.Staff.Dashboard.Budget;

/// <summary>
/// Budget against spend (issue: "each line's budget, committed, spent and remaining, and the
/// total; spending by month against the year"): one chart per question, from one reading.
/// </summary>
public sealed class BudgetPanel(BudgetPanelReader reader) : IDashboardPanel
{
    public const string LinesChart = "lines";
    public const string MonthsChart = "months";

    public string Path => DashboardPanels.Budget;

    public async Task<IReadOnlyList<Chart>> ChartsAsync(DashboardQuery query, CancellationToken cancellationToken) =>
        (await ReadAsync(query, cancellationToken)).Charts;

    /// <summary>The figures (the page's forms list the lines) and the charts drawn from them.</summary>
    public async Task<(BudgetPanelFigures Figures, IReadOnlyList<Chart> Charts)> ReadAsync(DashboardQuery query, CancellationToken cancellationToken)
    {
        var figures = await reader.ReadAsync(query.Municipality, query.Year, cancellationToken);
        return (figures, Charts(figures, query.Year));
    }

    public static IReadOnlyList<Chart> Charts(BudgetPanelFigures figures, int year) => [Lines(figures, year), Months(figures, year)];

    private static Chart Lines(BudgetPanelFigures f, int year)
    {
        var names = f.Lines.Select(l => l.Name).ToList();
        var series = new[]
        {
            new ChartSeries("Uitgegeven", f.Lines.Select(l => l.SpentCents / 100.0).ToList()),
            new ChartSeries("Vastgelegd", f.Lines.Select(l => l.CommittedCents / 100.0).ToList()),
            new ChartSeries("Nog vrij", f.Lines.Select(l => Math.Max(0, l.RemainingCents) / 100.0).ToList()),
        };
        var rows = f.Lines.Select(l => Row(l.Name, l.BudgetCents, l.CommittedCents, l.SpentCents, l.RemainingCents))
            .Append(Row("Totaal", f.BudgetCents, f.CommittedCents, f.SpentCents, f.RemainingCents)).ToList();
        var description = f.Lines.Count == 0
            ? $"Voor {year} zijn nog geen budgetregels ingevoerd."
            : $"Van het budget van {StaffWords.Euros(f.BudgetCents)} in {year} is {StaffWords.Euros(f.SpentCents)} uitgegeven, "
              + $"{StaffWords.Euros(f.CommittedCents)} vastgelegd en {StaffWords.Euros(f.RemainingCents)} nog vrij.";
        return new Chart(LinesChart, $"Budget en besteding per regel, {year}", description,
            new ChartTable(["Budgetregel", "Budget", "Vastgelegd", "Uitgegeven", "Nog vrij"], rows),
            f.Lines.Count == 0 ? "" : ChartSvg.Bars(names, series, ChartUnit.Euros, stacked: true));
    }

    /// <summary>
    /// Every month of the year (and any later month a payout after the close charged), the
    /// running total drawn up to the last month that charged anything, against the year's budget.
    /// </summary>
    private static Chart Months(BudgetPanelFigures f, int year)
    {
        var byMonth = f.Months.ToDictionary(m => m.Month);
        var keys = Enumerable.Range(1, 12).Select(m => $"{year:D4}-{m:D2}").Union(f.Months.Select(m => m.Month)).Order(StringComparer.Ordinal).ToList();
        var last = f.Months.Count == 0 ? -1 : keys.IndexOf(f.Months.Max(m => m.Month)!);
        var cumulative = 0L;
        var rows = new List<IReadOnlyList<ChartCell>>();
        var totals = new List<double>();
        for (var i = 0; i <= last; i++)
        {
            var m = byMonth.GetValueOrDefault(keys[i]) ?? new MonthSpend(keys[i], 0, 0);
            cumulative += m.TotalCents;
            totals.Add(cumulative / 100.0);
            rows.Add([MonthName(keys[i]), ChartCell.Euros(m.CollectiveCents), ChartCell.Euros(m.AwardsCents), ChartCell.Euros(cumulative),
                ChartCell.Percent(Share(cumulative, f.BudgetCents))]);
        }

        var budgetLine = new ChartSeries("Budget van het jaar", keys.Select(_ => f.BudgetCents / 100.0).ToList());
        var description = last < 0
            ? $"In {year} is nog niets uitgegeven of toegekend."
            : $"Tot en met {MonthName(keys[last])} is {StaffWords.Euros(cumulative)} besteed: "
              + $"{ChartCell.Percent(Share(cumulative, f.BudgetCents)).Text} van het budget van het jaar.";
        return new Chart(MonthsChart, $"Besteding per maand, opgeteld, {year}", description,
            new ChartTable(["Maand", "Collectieve kosten", "Toegekend", "Opgeteld", "Deel van het budget"], rows),
            last < 0 ? "" : ChartSvg.Lines(keys.Select(k => k.StartsWith($"{year:D4}-", StringComparison.Ordinal) ? MonthName(k)[..^5] : MonthName(k)).ToList(), [new ChartSeries("Besteed, opgeteld", totals), budgetLine], ChartUnit.Euros));
    }

    private static decimal Share(long part, long whole) => whole == 0 ? 0 : Math.Round(100m * part / whole, 1);

    /// <summary><c>2026-11</c> as people say it: "nov 2026".</summary>
    private static string MonthName(string month) =>
        new NodaTime.LocalDate(int.Parse(month[..4], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(month[5..], System.Globalization.CultureInfo.InvariantCulture), 1).ToString("MMM yyyy", StaffWords.Dutch);

    private static IReadOnlyList<ChartCell> Row(string name, long budget, long committed, long spent, long remaining) =>
        [name, ChartCell.Euros(budget), ChartCell.Euros(committed), ChartCell.Euros(spent), ChartCell.Euros(remaining)];
}
