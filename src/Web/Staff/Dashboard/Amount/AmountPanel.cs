using Waardering.Data.Budget;
using Waardering.Domain;
using Waardering.Domain.Budget;

namespace Waardering.Web.Staff.Dashboard.Amount;

/// <summary>
/// The amount (issue: "its history, every recompute with its inputs, as a step chart; a what-if"):
/// the steps of the amount and the answer at the council's usual numbers, from one reading.
/// </summary>
public sealed class AmountPanel(AmountHistoryReader reader) : IDashboardPanel
{
    public const string HistoryChart = "history";
    public const string WhatIfChart = "what-if";

    public string Path => DashboardPanels.Amount;

    /// <summary>The steps of the amount, its terms and today's budget; null without a scheme that year.</summary>
    public Task<AmountHistory?> ReadAsync(DashboardQuery query, CancellationToken cancellationToken) =>
        reader.ReadChangesAsync(query.Municipality, query.Year, cancellationToken);

    public async Task<IReadOnlyList<Chart>> ChartsAsync(DashboardQuery query, CancellationToken cancellationToken) =>
        Charts(await ReadAsync(query, cancellationToken), query.Year);

    public static IReadOnlyList<Chart> Charts(AmountHistory? history, int year) =>
        history is null ? [] : [History(history, year), WhatIf(history, year)];

    private static Chart History(AmountHistory h, int year)
    {
        var unit = h.Terms.SplitMode.Unit();
        var rows = h.Entries.Select(e => (IReadOnlyList<ChartCell>)
        [
            StaffWords.DateTime(e.ComputedAt), ChartCell.Euros(e.ResultCents), ChartCell.Euros(e.AvailableCents), ChartCell.Euros(e.GrantedCents),
            ChartCell.Number(e.OpenUnits), ChartCell.Number(e.ForecastUnits), StaffWords.ForecastMethod(e.ForecastMethod),
            StaffWords.RecomputeReason(e.Reason), Signal(e.BelowFloor, e.BudgetExhausted),
        ]).ToList();
        // The last step holds until now: a point "Nu" gives it its width.
        var moments = h.Entries.Select(e => StaffWords.Date(AmsterdamTime.DateOf(e.ComputedAt))).Append("Nu").ToList();
        var amounts = h.Entries.Select(e => e.ResultCents / 100.0).Append(h.Terms.CurrentAmountCents / 100.0).ToList();
        var description = h.Entries.Count == 0
            ? $"In {year} is het bedrag nog niet herberekend: het is {StaffWords.Euros(h.Terms.CurrentAmountCents)} per {unit}."
            : $"Het bedrag per {unit} was {StaffWords.Euros(h.Entries[0].ResultCents)} bij de eerste herberekening en is nu "
              + $"{StaffWords.Euros(h.Entries[^1].ResultCents)}; het is {h.Runs} keer herberekend en {Changes(h.Entries)} keer veranderd.";
        return new Chart(HistoryChart, $"Verloop van het bedrag per {unit}, {year}", description,
            new ChartTable(["Herberekend op", "Bedrag", "Beschikbaar", "Toegekend", "Open", "Verwacht", "Prognose", "Aanleiding", "Signaal"], rows),
            h.Entries.Count == 0 ? "" : ChartSvg.Steps(moments, [new ChartSeries($"Bedrag per {unit}", amounts)], ChartUnit.Euros));
    }

    private static Chart WhatIf(AmountHistory h, int year)
    {
        var units = h.Terms.SplitMode.Units();
        var answers = AmountWhatIf.Presets.Select(h.WhatIf).ToList();
        var rows = answers.Select(a => (IReadOnlyList<ChartCell>)
        [
            ChartCell.Number(a.Units), ChartCell.Euros(a.AmountCents), ChartCell.Euros(a.TotalCents),
            a.BelowFloor ? "Nee: onder de bodem" : "Ja",
        ]).ToList();
        var description = $"Met het budget van vandaag ({StaffWords.Euros(h.AvailableCents)}) wordt het bedrag "
            + string.Join(", ", answers.Select(a => $"{StaffWords.Euros(a.AmountCents)} bij {StaffWords.Number(a.Units)} {units}")) + ".";
        return new Chart(WhatIfChart, $"Bedrag bij meer {units}, {year}", description,
            new ChartTable([$"Aantal {units}", "Bedrag", "Totaal", "Binnen het budget"], rows),
            ChartSvg.Bars(answers.Select(a => $"{StaffWords.Number(a.Units)} {units}").ToList(),
                [new ChartSeries($"Bedrag per {h.Terms.SplitMode.Unit()}", answers.Select(a => a.AmountCents / 100.0).ToList())], ChartUnit.Euros));
    }

    private static int Changes(IReadOnlyList<AmountHistoryEntry> steps) =>
        steps.Zip(steps.Skip(1)).Count(p => p.First.ResultCents != p.Second.ResultCents);

    private static string Signal(bool belowFloor, bool exhausted) =>
        exhausted ? "Budget op" : belowFloor ? "Onder de bodem" : "";
}
