using System.Globalization;
using NodaTime;
using Waardering.Web.Texts;

namespace Waardering.Web.Pages;

/// <summary>
/// Reads a date posted as three fields (<c>{name}.day</c>, <c>.month</c>, <c>.year</c>, see
/// <c>DateField</c>) into the <see cref="LocalDate"/> the API's body takes. A date that cannot be
/// read is an error on <c>{name}</c> itself, the field the API's checks name too.
/// </summary>
public static class DateParts
{
    public const string Day = "day";
    public const string Month = "month";
    public const string Year = "year";

    public static string Field(string name, string part) => $"{name}.{part}";

    public static bool IsEmpty(Func<string, string> valueOf, string name) =>
        new[] { Day, Month, Year }.All(p => valueOf(Field(name, p)).Trim().Length == 0);

    /// <summary>A date the form must have (<paramref name="what"/>: "de geboortedatum", in the page's language): an empty one says so in the words of three fields.</summary>
    public static LocalDate? ReadRequired(Func<string, string> valueOf, string name, string what, FieldErrors errors)
    {
        if (IsEmpty(valueOf, name))
        {
            errors.Add(name, CitizenWords.Of("validation.dateRequired", what));
            return null;
        }

        return Read(valueOf, name, errors);
    }

    /// <summary>The date; none when all three fields are empty, or (with an error) when they do not make a date.</summary>
    public static LocalDate? Read(Func<string, string> valueOf, string name, FieldErrors errors)
    {
        var (day, month, year) = (valueOf(Field(name, Day)).Trim(), valueOf(Field(name, Month)).Trim(), valueOf(Field(name, Year)).Trim());
        if (IsEmpty(valueOf, name))
        {
            return null;
        }

        if (day.Length == 0 || month.Length == 0 || year.Length == 0)
        {
            errors.Add(name, CitizenWords.Of("validation.dateParts"));
            return null;
        }

        if (Number(day, 2) is not { } d || Number(month, 2) is not { } m || Number(year, 4) is not { } y || year.Length != 4)
        {
            errors.Add(name, CitizenWords.Of("validation.dateDigits"));
            return null;
        }

        if (m is < 1 or > 12 || y < 1 || d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(y, m))
        {
            errors.Add(name, CitizenWords.Of("validation.dateExists"));
            return null;
        }

        return new LocalDate(y, m, d);
    }

    private static int? Number(string text, int maxDigits) =>
        text.Length <= maxDigits && text.All(char.IsAsciiDigit) ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : null;
}
