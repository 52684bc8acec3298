using NodaTime;
using NodaTime.Text;
using Waardering.Data.Audit;
using Waardering.Domain;

namespace Waardering.Web.Staff.Audit;

/// <summary>
/// The auditor's view of a scheme year's trail as it stands in the URL
/// (<c>/staff/audit?municipality=GM0402&amp;year=2026&amp;kind=decision&amp;from=2026-03-01</c>),
/// so it can be shared; dates of law, Europe/Amsterdam, the last one included.
/// </summary>
public sealed record AuditQuery(string Municipality, int Year, string? Kind, LocalDate? From, LocalDate? To, int Page)
{
    public const string Path = "/staff/audit";
    public const string ExportPath = "/staff/audit/events.csv";
    public const string RequestPattern = "/staff/audit/requests/{id:guid}";
    public const int PageSize = 50;

    public static string RequestPath(Guid id) => $"/staff/audit/requests/{id}";

    public AuditFilter ToFilter() => new(Kind, StartOf(From), StartOf(To?.PlusDays(1)));

    public string Link(int page = 1) => $"{Path}?{string.Join("&", Parameters(page))}";

    /// <summary>The same file as the API's <c>/api/audit/{municipality}/{year}/events.csv</c>, under the back office's sign-in.</summary>
    public string ExportLink() => $"{ExportPath}?municipality={Uri.EscapeDataString(Municipality)}&year={Year}";

    private IEnumerable<string> Parameters(int page)
    {
        yield return $"municipality={Uri.EscapeDataString(Municipality)}";
        yield return $"year={Year}";
        if (Kind is not null) yield return $"kind={Uri.EscapeDataString(Kind)}";
        if (From is { } from) yield return $"from={LocalDatePattern.Iso.Format(from)}";
        if (To is { } to) yield return $"to={LocalDatePattern.Iso.Format(to)}";
        if (page > 1) yield return $"page={page}";
    }

    private static Instant? StartOf(LocalDate? date) => date?.AtStartOfDayInZone(AmsterdamTime.Zone).ToInstant();
}

/// <summary>A date as an officer types it (1-3-2026, 01-03-2026) or as the URL carries it (2026-03-01).</summary>
public static class AuditDates
{
    private static readonly LocalDatePattern[] Patterns =
        [LocalDatePattern.Iso, LocalDatePattern.CreateWithInvariantCulture("d-M-uuuu")];

    public static LocalDate? Read(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var pattern in Patterns)
        {
            if (pattern.Parse(text.Trim()) is { Success: true } result)
            {
                return result.Value;
            }
        }

        errors.Add(field, "Vul een datum in als dag-maand-jaar, bijvoorbeeld 1-3-2026.");
        return null;
    }

    public static string Show(LocalDate date) => date.ToString("d-M-yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
