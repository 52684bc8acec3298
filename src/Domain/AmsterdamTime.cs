using NodaTime;

namespace Waardering.Domain;

/// <summary>
/// The window and ages are legal dates in the municipality's own time zone: a request sent at
/// 23:30 on 31 December in Amsterdam counts for 31 December, whatever the server's clock says.
/// </summary>
public static class AmsterdamTime
{
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    public static LocalDate DateOf(Instant instant) => instant.InZone(Zone).Date;
}
