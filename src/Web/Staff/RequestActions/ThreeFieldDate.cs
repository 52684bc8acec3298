using NodaTime;

namespace Waardering.Web.Staff.RequestActions;

/// <summary>A date typed in three boxes (<see cref="DateFields"/>), read as a date or as the message for its field.</summary>
public static class ThreeFieldDate
{
    public const string Unreadable = "Vul een bestaande datum in: dag, maand en jaar in cijfers, bijvoorbeeld 17 5 1971.";

    public static LocalDate? Parse(string? day, string? month, string? year)
    {
        if (!int.TryParse(day?.Trim(), out var d) || !int.TryParse(month?.Trim(), out var m) || !int.TryParse(year?.Trim(), out var y) ||
            y is < 1000 or > 9999 || m is < 1 or > 12 || d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(y, m))
        {
            return null;
        }

        return new LocalDate(y, m, d);
    }
}
