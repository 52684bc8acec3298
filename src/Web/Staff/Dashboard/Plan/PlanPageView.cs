using Waardering.Data.Budget;
using Waardering.Web.Charts;

namespace Waardering.Web.Staff.Dashboard.Plan;

/// <summary>
/// The plan page: the plan (none yet: only the years can be set), its chart, whether this staff
/// member may change it, what a change just did, and the forms as they were sent when refused.
/// </summary>
public sealed record PlanPageView(
    DashboardQuery Query, BudgetPlan? Plan, IReadOnlyList<Chart> Charts, bool CanEdit, string? Done, long? RowId, PlanRowForm? RowForm,
    string? FirstYear, string? LastYear, IReadOnlyDictionary<string, string[]> Errors)
{
    public PlanLinks Links => new(Query);

    /// <summary>What the short code after a change says.</summary>
    public string? DoneMessage => Done switch
    {
        PlanDone.YearsSet => "De jaren van het plan zijn opgeslagen.",
        PlanDone.RowAdded => "De regel is toegevoegd.",
        PlanDone.RowChanged => "De regel is gewijzigd.",
        PlanDone.RowRemoved => "De regel is verwijderd.",
        _ => null,
    };
}

/// <summary>The codes a change leaves in the address (POST-redirect-GET).</summary>
public static class PlanDone
{
    public const string YearsSet = "years-set";
    public const string RowAdded = "row-added";
    public const string RowChanged = "row-changed";
    public const string RowRemoved = "row-removed";
}
