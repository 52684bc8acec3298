using Waardering.Data.Budget;

namespace Waardering.Web.Staff.Dashboard.Budget;

/// <summary>What happened after a form of the budget panel was posted, said on the page it returns to.</summary>
public enum BudgetDone
{
    LineSaved,
    CostRecorded,
}

/// <summary>The budget panel's page: the charts, and for policy staff the forms with what was typed and what was wrong.</summary>
public sealed record BudgetView(
    DashboardQuery Query, BudgetPanelFigures Figures, IReadOnlyList<Chart> Charts, bool CanEdit, LineForm Line, CostForm Cost,
    IReadOnlyDictionary<string, string[]>? Errors, BudgetDone? Done)
{
    public string? Error(string field) => Errors?.GetValueOrDefault(field) is { Length: > 0 } m ? string.Join(" ", m) : null;
}
