using System.Globalization;
using Waardering.Data.Budget;
using Waardering.Web.Charts;

namespace Waardering.Web.Staff.Dashboard.Plan;

/// <summary>
/// The multi-year plan's chart: per year income, planned and actual spending, with a table that
/// adds the difference and marks the years after a grant ended (Hilversum: SPUK GALA after 2026).
/// </summary>
public sealed class PlanPanel(PlanReader reader) : IDashboardPanel
{
    public const string ChartId = "plan-years";

    public string Path => DashboardPanels.Plan;

    public async Task<IReadOnlyList<Chart>> ChartsAsync(DashboardQuery query, CancellationToken ct) =>
        await reader.ReadAsync(query.Municipality, ct) is { } plan ? ChartsOf(plan) : [];

    /// <summary>The charts of a plan already read, so the page reads it once; none while the plan has no rows to draw.</summary>
    public static IReadOnlyList<Chart> ChartsOf(BudgetPlan plan)
    {
        if (plan.Rows.Count == 0)
        {
            return [];
        }

        var years = plan.Years;
        IReadOnlyList<double> Euros(Func<PlanYear, long> cents) => [.. years.Select(y => cents(y) / 100d)];
        var svg = ChartSvg.Bars([.. years.Select(y => y.Year.ToString(CultureInfo.InvariantCulture))],
            [new ChartSeries("Inkomsten", Euros(y => y.IncomeCents)), new ChartSeries("Gepland", Euros(y => y.PlannedCents)),
             new ChartSeries("Werkelijk", Euros(y => y.ActualCents))], ChartUnit.Euros, stacked: false);
        var table = new ChartTable(["Jaar", "Inkomsten", "Geplande uitgaven", "Werkelijke uitgaven", "Verschil", "Opmerking"],
            [.. years.Select(y => (IReadOnlyList<ChartCell>)[y.Year.ToString(CultureInfo.InvariantCulture), Cell(y.IncomeCents),
                Cell(y.PlannedCents), Cell(y.ActualCents), Cell(y.DifferenceCents), Mark(y)])]);
        return [new Chart(ChartId, $"Meerjarenplan {plan.FirstYear}-{plan.LastYear}: inkomsten en uitgaven per jaar", Description(plan), table, svg)];
    }

    /// <summary>"na einde SPUK GALA (2026)" for each grant that no longer funds this year.</summary>
    public static string Mark(PlanYear year) =>
        string.Join("; ", year.EndedGrants.Select(g => $"na einde SPUK {g.GrantCode} ({g.LastYear})"));

    /// <summary>An amount of the plan, which may be negative (the difference): −€ 45.000 on the page, -45000.00 in the CSV.</summary>
    private static ChartCell Cell(long cents) => new(StaffWords.SignedEuros(cents), cents / 100m, "0.00");

    private static string Description(BudgetPlan plan)
    {
        var shortYears = plan.Years.Where(y => y.DifferenceCents < 0).ToList();
        var shortfall = shortYears.Count == 0
            ? "Het plan heeft in geen jaar een tekort."
            : $"Een tekort in {string.Join(", ", shortYears.Select(y => $"{y.Year} ({StaffWords.SignedEuros(y.DifferenceCents)})"))}.";
        return $"Staafdiagram per jaar van {plan.FirstYear} tot en met {plan.LastYear}: inkomsten, geplande en werkelijke uitgaven. {shortfall}";
    }
}
