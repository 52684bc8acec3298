namespace Waardering.Web.Staff.Dashboard.Plan;

/// <summary>Where the plan page and its forms are, for the municipality and year being looked at.</summary>
public sealed record PlanLinks(DashboardQuery Query)
{
    public const string YearsPath = PagePath + "/years";
    public const string RowsPath = PagePath + "/rows";
    private const string PagePath = DashboardPanels.Plan;

    public string Page => Query.Link(PagePath);

    public string Years => Query.Link(YearsPath);

    public string Rows => Query.Link(RowsPath);

    public string Row(long id) => Query.Link($"{RowsPath}/{id}");

    public string Remove(long id) => Query.Link($"{RowsPath}/{id}/remove");

    /// <summary>The page with the form to change this row, open where it is.</summary>
    public string Edit(long id) => $"{Page}&row={id}#plan-row-form";

    /// <summary>Back to the page after a change that worked, with a short code of what it was.</summary>
    public string Done(string what) => $"{Page}&done={what}";
}
