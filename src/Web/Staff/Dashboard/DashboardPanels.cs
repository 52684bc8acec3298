namespace Waardering.Web.Staff.Dashboard;

/// <summary>A panel of the policy staff's dashboard, as its navigation lists it.</summary>
public sealed record DashboardPanel(string Name, string Path);

/// <summary>The dashboard's panels, in the order the navigation shows them.</summary>
public static class DashboardPanels
{
    public const string Home = "/staff/dashboard";
    public const string Budget = "/staff/dashboard/budget";
    public const string Amount = "/staff/dashboard/amount";
    public const string Requests = "/staff/dashboard/requests";
    public const string Plan = "/staff/dashboard/plan";
    public const string Reach = "/staff/dashboard/reach";
    public const string CheckIns = "/staff/dashboard/check-ins";
    public const string PastYears = "/staff/dashboard/past-years";

    public static readonly DashboardPanel[] All =
    [
        new("Budget en uitgaven", Budget),
        new("Bedrag", Amount),
        new("Aanvragen", Requests),
        new("Meerjarenplan", Plan),
        new("Bereik", Reach),
        new("Contactmoment", CheckIns),
        new("Eerdere jaren", PastYears),
    ];
}
