using CsvHelper;
using Waardering.Data.Reports;

namespace Waardering.Web.Reports;

/// <summary>
/// The CSV file of past years' figures: a header, then per year its weeks and one total line.
/// Semicolons (as Dutch Excel writes) and commas are both read; the amount is in euros with at
/// most two decimals, after a comma or a point.
/// <code>
/// year;week;requests;caregivers;amountPerUnit
/// 2025;1;120;;
/// 2025;2;95;;
/// 2025;total;1450;1600;150,00
/// </code>
/// </summary>
public static class PastYearCsv
{
    public const string Year = "year";
    public const string Week = "week";
    public const string Requests = "requests";
    public const string Caregivers = "caregivers";
    public const string AmountPerUnit = "amountPerUnit";
    public const string Total = "total";

    /// <summary>Fifteen years of weeks is far more than a municipality's own records hold: a bigger file is a mistake.</summary>
    public const int MaxBytes = 256 * 1024;

    public static readonly IReadOnlyList<string> Columns = [Year, Week, Requests, Caregivers, AmountPerUnit];

    /// <summary>The file to fill in: last year's 13 weeks of an October-December window, and its total.</summary>
    public static string Template(int lastYear) =>
        string.Join(";", Columns) + "\r\n"
        + string.Concat(Enumerable.Range(1, 13).Select(w => $"{lastYear};{w};0;;\r\n"))
        + $"{lastYear};{Total};0;0;0,00\r\n";

    /// <summary>
    /// The years of the file, or null with an error per line and column that cannot be read
    /// (<c>lines[3].requests</c>, the file's line numbers counting the header as 1). Only years
    /// before <paramref name="thisYear"/> are past years. <paramref name="firstLines"/> gives the
    /// line where each year starts, to name it when the year is refused later.
    /// </summary>
    public static IReadOnlyList<PastYear>? Read(byte[] file, int thisYear, FieldErrors errors, out IReadOnlyDictionary<int, int> firstLines)
    {
        var rows = new List<PastYearLine>();
        var starts = new Dictionary<int, int>();
        firstLines = starts;
        try
        {
            using var csv = CsvReader.Create(file, new CsvReaderOptions { TrackLineNumbers = true });
            csv.ReadHeader();
            var indexes = Columns.Select(c => csv.TryGetFieldIndex(c, out var i) ? i : -1).ToArray();
            foreach (var missing in Columns.Where((_, i) => indexes[i] < 0))
            {
                errors.Add(Field(1, missing), $"Regel 1: de kolom {missing} ontbreekt; de kolommen zijn {string.Join(";", Columns)}.");
            }

            if (errors.Any)
            {
                return null;
            }

            while (csv.Read())
            {
                var line = PastYearLine.Read(csv, indexes, thisYear, errors);
                if (line is not null)
                {
                    rows.Add(line);
                    starts.TryAdd(line.Year, line.Number);
                }
            }
        }
        catch (CsvFormatException x)
        {
            var line = (int)x.LineNumber;
            errors.Add(Field(line, Year), $"Regel {line}: deze regel is geen geldige CSV (controleer de aanhalingstekens).");
        }

        if (!errors.Any && rows.Count == 0)
        {
            errors.Add(Field(2, Year), "Regel 2: het bestand heeft geen regels met cijfers.");
        }

        return errors.Any ? null : PastYearLine.Years(rows, errors);
    }

    public static string Field(int line, string column) => $"lines[{line}].{column}";

    public static string Message(int line, string column, string what) => $"Regel {line}, kolom {column}: {what}";
}
