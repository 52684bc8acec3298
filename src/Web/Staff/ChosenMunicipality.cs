namespace Waardering.Web.Staff;

/// <summary>The municipality a back-office page shows: the one asked for, or the staff member's first when none is.</summary>
public static class ChosenMunicipality
{
    /// <summary>Null for a municipality the staff member does not work for: the page is then not found, as in the API.</summary>
    public static string? Of(HttpContext context, string? asked)
    {
        var mine = StaffMunicipalities.Of(context);
        var code = asked ?? mine.Codes.Order(StringComparer.Ordinal).FirstOrDefault();
        return mine.Covers(code) ? code : null;
    }
}
