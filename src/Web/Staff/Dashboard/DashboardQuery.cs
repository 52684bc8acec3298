using NodaTime;
using Waardering.Domain;

namespace Waardering.Web.Staff.Dashboard;

/// <summary>Which municipality and year a dashboard panel shows; both stay in the address, so a view can be shared.</summary>
public sealed record DashboardQuery(string Municipality, int Year)
{
    /// <summary>
    /// The view asked for, this year (in Amsterdam) when no year is asked; null for a municipality
    /// the staff member does not work for, which the page answers as not found, as the API does.
    /// </summary>
    public static DashboardQuery? Read(HttpContext context, string? municipality, int? year, IClock clock)
    {
        if (ChosenMunicipality.Of(context, municipality) is not { } code)
        {
            return null;
        }

        var thisYear = AmsterdamTime.DateOf(clock.GetCurrentInstant()).Year;
        return new DashboardQuery(code, year is >= 2000 and <= 2100 ? year.Value : thisYear);
    }

    public string Link(string path) =>
        $"{path}?municipality={Uri.EscapeDataString(Municipality)}&year={Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The CSV of one chart of a panel (<see cref="DashboardEndpoints"/> serves it).</summary>
    public string CsvLink(string panelPath, string chartId) => Link($"{panelPath}/{chartId}.csv");
}
