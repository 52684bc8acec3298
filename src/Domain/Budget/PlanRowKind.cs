namespace Waardering.Domain.Budget;

/// <summary>
/// A row of a multi-year plan (budget_plan_rows.kind): the plan's table lists its income
/// ("budgetten", per funding source) above its planned spending ("uitgaven", per line).
/// </summary>
public enum PlanRowKind
{
    /// <summary>Money the plan can spend: the municipality's own, a SPUK grant, or other.</summary>
    Income,

    /// <summary>What the plan means to spend on a line in a year.</summary>
    Spending,
}
