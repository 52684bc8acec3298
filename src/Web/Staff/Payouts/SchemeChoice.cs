using NodaTime;
using Waardering.Domain;

namespace Waardering.Web.Staff.Payouts;

/// <summary>
/// The municipality and scheme year a back-office page is about, as they stand in its address
/// (<c>?municipality=GM0402&amp;year=2026</c>), so a view can be shared. Left out: the officer's
/// first municipality and this year. Another municipality's code never gets here (its scope answers 404).
/// </summary>
public sealed record SchemeChoice(string Municipality, int Year, IReadOnlyCollection<string> Municipalities)
{
    /// <summary>Whether the officer works for the chosen municipality: false for a malformed code, which then shows nothing.</summary>
    public bool Covered => Municipalities.Contains(Municipality);

    public string Query => $"municipality={Uri.EscapeDataString(Municipality)}&year={Year}";

    public static SchemeChoice From(HttpContext context, string? municipality, int? year, IClock clock)
    {
        var mine = StaffMunicipalities.Of(context).Codes.Order(StringComparer.Ordinal).ToArray();
        return new SchemeChoice(municipality ?? mine.FirstOrDefault() ?? "", year ?? AmsterdamTime.DateOf(clock.GetCurrentInstant()).Year, mine);
    }
}
