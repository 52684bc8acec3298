using NodaTime;
using Waardering.Domain.Budget;

namespace Waardering.Data.Reports;

/// <summary>
/// Units (requests, or caregivers where the scheme splits per caregiver: what the amount counts)
/// per week of the window, this year against last year, and the forecast to the closing date
/// that the amount uses, with its band. Without a scheme this year, only last year's weeks.
/// </summary>
public sealed record RequestsOverTime(
    string Municipality, int Year, LocalDate? OpensOn, LocalDate? ClosesOn, LastYearSource LastYear,
    IReadOnlyList<WeekFigures> Weeks, int UnitsSoFar, int? CurrentWeek, ForecastRange Forecast)
{
    /// <summary>The units expected by the closing date: so far plus the forecast, with the band's ends.</summary>
    public ExpectedAtClose AtClose => new(UnitsSoFar + Forecast.Low, UnitsSoFar + Forecast.Units, UnitsSoFar + Forecast.High);
}

public sealed record ExpectedAtClose(int Low, int Units, int High);

/// <summary>A week of the window (week 1: its first seven days), with both years' running totals.</summary>
public sealed record WeekFigures(int Week, int ThisYear, int LastYear, int ThisYearCumulative, int LastYearCumulative);
