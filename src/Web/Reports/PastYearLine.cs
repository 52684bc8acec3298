using System.Globalization;
using CsvHelper;
using Waardering.Data.Reports;
using Layout = Waardering.Web.Reports.PastYearCsv;

namespace Waardering.Web.Reports;

/// <summary>One line of the past years' file: a week's requests, or (week <c>total</c>) the year's totals.</summary>
internal sealed record PastYearLine(int Number, int Year, int? Week, int Requests, int Caregivers, long AmountPerUnitCents)
{
    /// <summary>More requests than any municipality has in a year: a typing error.</summary>
    private const int MaxCount = 1_000_000;

    public static PastYearLine? Read(CsvReader csv, int[] indexes, int thisYear, FieldErrors errors)
    {
        var number = (int)csv.LineNumber;
        string Cell(int column) => indexes[column] < csv.FieldCount ? csv.GetString(indexes[column]).Trim() : "";
        var before = errors.ToDictionary().Count;
        var year = Count(Cell(0), number, Layout.Year, errors, 2000, thisYear - 1, $"jaar vóór {thisYear}");
        var isTotal = string.Equals(Cell(1), Layout.Total, StringComparison.OrdinalIgnoreCase);
        var week = isTotal ? null : Count(Cell(1), number, Layout.Week, errors, 1, 53, $"weeknummer van 1 tot en met 53 (of {Layout.Total})");
        var requests = Count(Cell(2), number, Layout.Requests, errors, 0, MaxCount, "aantal aanvragen");
        int? caregivers = 0;
        long? cents = 0;
        if (isTotal)
        {
            caregivers = Count(Cell(3), number, Layout.Caregivers, errors, 0, MaxCount, "aantal mantelzorgers");
            cents = Euros(Cell(4), number, errors);
        }
        else
        {
            Empty(Cell(3), number, Layout.Caregivers, errors);
            Empty(Cell(4), number, Layout.AmountPerUnit, errors);
        }

        return errors.ToDictionary().Count > before || year is null || requests is null || caregivers is null || cents is null
            ? null
            : new PastYearLine(number, year.Value, week, requests.Value, caregivers.Value, cents.Value);
    }

    /// <summary>The lines grouped per year: each year one total line and each week at most once.</summary>
    public static IReadOnlyList<PastYear>? Years(IReadOnlyList<PastYearLine> lines, FieldErrors errors)
    {
        foreach (var twice in lines.GroupBy(l => (l.Year, l.Week)).Where(g => g.Count() > 1).Select(g => g.ElementAt(1)))
        {
            errors.Add(Layout.Field(twice.Number, Layout.Week), Layout.Message(twice.Number, Layout.Week,
                $"{(twice.Week is { } w ? $"week {w}" : Layout.Total)} van {twice.Year} staat al op een eerdere regel."));
        }

        foreach (var year in lines.GroupBy(l => l.Year).Where(g => g.All(l => l.Week is not null)))
        {
            var first = year.First().Number;
            errors.Add(Layout.Field(first, Layout.Week), Layout.Message(first, Layout.Week, $"voor {year.Key} ontbreekt de regel met week {Layout.Total} (de totalen van het jaar)."));
        }

        return errors.Any ? null : lines.GroupBy(l => l.Year).Select(g =>
        {
            var total = g.Single(l => l.Week is null);
            var weeks = g.Where(l => l.Week is not null).OrderBy(l => l.Week).Select(l => new PastYearWeek(l.Week!.Value, l.Requests)).ToList();
            return new PastYear(g.Key, total.Requests, total.Caregivers, total.AmountPerUnitCents, weeks);
        }).OrderBy(y => y.Year).ToList();
    }

    private static int? Count(string cell, int line, string column, FieldErrors errors, int min, int max, string what)
    {
        if (int.TryParse(cell, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors.Add(Layout.Field(line, column), Layout.Message(line, column, $"\"{Shown(cell)}\" is geen {what}."));
        return null;
    }

    /// <summary>Euros with at most two decimals after a comma or a point; no thousands separator, so "1.234" is never read as 1234.</summary>
    private static long? Euros(string cell, int line, FieldErrors errors)
    {
        var parts = cell.Replace(',', '.').Split('.');
        if (parts.Length <= 2 && parts[0].Length is > 0 and <= 7 && parts[0].All(char.IsAsciiDigit)
            && (parts.Length == 1 || parts[1].Length is > 0 and <= 2 && parts[1].All(char.IsAsciiDigit)))
        {
            return (long.Parse(parts[0], CultureInfo.InvariantCulture) * 100)
                + (parts.Length == 1 ? 0 : long.Parse(parts[1].PadRight(2, '0'), CultureInfo.InvariantCulture));
        }

        errors.Add(Layout.Field(line, Layout.AmountPerUnit), Layout.Message(line, Layout.AmountPerUnit, $"\"{Shown(cell)}\" is geen bedrag in euro's, zoals 150,00."));
        return null;
    }

    private static void Empty(string cell, int line, string column, FieldErrors errors)
    {
        if (cell.Length > 0)
        {
            errors.Add(Layout.Field(line, column), Layout.Message(line, column, $"alleen de regel met week {Layout.Total} heeft een waarde in deze kolom."));
        }
    }

    /// <summary>The cell as typed, shortened: the message quotes it, and a file may hold anything.</summary>
    private static string Shown(string cell) => cell.Length > 20 ? cell[..20] + "…" : cell;
}
