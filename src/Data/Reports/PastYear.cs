namespace Waardering.Data.Reports;

/// <summary>
/// A year before the service was used, as the municipality's own records give it: requests per
/// week of that year's window, and the year's totals and the amount paid per unit.
/// </summary>
public sealed record PastYear(int Year, int Requests, int Caregivers, long AmountPerUnitCents, IReadOnlyList<PastYearWeek> Weeks);

/// <summary>Requests in the n-th week of the window (week 1: its first seven days).</summary>
public sealed record PastYearWeek(int Week, int Requests);

/// <summary>An imported year as stored, with who imported it and when.</summary>
public sealed record ImportedPastYear(
    int Year, int Requests, int Caregivers, long AmountPerUnitCents, IReadOnlyList<PastYearWeek> Weeks,
    NodaTime.Instant ImportedAt, string ImportedBy);

public enum PastYearImportOutcome
{
    Imported,

    /// <summary>The service has its own scheme's requests for one of the years: those figures are real.</summary>
    YearHasOwnRequests,

    UnknownMunicipality,
}

public sealed record PastYearImportResult(PastYearImportOutcome Outcome, IReadOnlyList<int> RefusedYears);
