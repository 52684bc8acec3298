using CsvHelper;

namespace Waardering.Web.Csv;

/// <summary>How every CSV export is written.</summary>
public static class CsvExport
{
    /// <summary>
    /// Staff open exports in a spreadsheet, and a cell that starts with <c>= + - @</c> would run
    /// there as a formula (CSV injection; names and reasons come from citizens and tokens): such a
    /// text cell gets a leading <c>'</c>, which a spreadsheet reads as "this is text". Numbers stay
    /// numbers.
    /// </summary>
    public static CsvWriterOptions Options() => new() { Injection = CsvInjection.Escape };
}
