using NodaTime;
using NodaTime.Text;
using Waardering.Data.Letters;
using Waardering.Domain;

namespace Waardering.Web.Staff.Letters;

/// <summary>The waiting letters of a municipality by the day they were written, newest day first.</summary>
public sealed record LettersView(string Municipality, IReadOnlyList<string> Municipalities, IReadOnlyList<LetterDay> Days, int? Printed)
{
    public static LettersView From(string municipality, IReadOnlyList<string> municipalities, IReadOnlyList<WaitingLetter> waiting, int? printed) =>
        new(municipality, municipalities, waiting
            .GroupBy(l => AmsterdamTime.DateOf(l.CreatedAt))
            .OrderByDescending(g => g.Key)
            .Select(g => new LetterDay(g.Key, g.ToList()))
            .ToList(), printed);

    /// <summary>The last letter of all: what "all waiting" prints and marks, nothing written after the page was read.</summary>
    public Guid? LastId => Days.SelectMany(d => d.Letters).Select(l => (Guid?)l.Id).Max();
}

public sealed record LetterDay(LocalDate Day, IReadOnlyList<WaitingLetter> Letters)
{
    public string Code => LocalDatePattern.Iso.Format(Day);

    public Guid LastId => Letters.Max(l => l.Id);
}

/// <summary>The print page's addresses.</summary>
public static class LetterLinks
{
    public const string Path = "/staff/letters";
    public const string PdfPath = "/staff/letters/print.pdf";
    public const string PrintedPath = "/staff/letters/printed";

    public static string Pdf(string municipality, LocalDate? day, Guid upTo) =>
        $"{PdfPath}?{Query(municipality, day, upTo)}";

    public static string Printed(string municipality, LocalDate? day, Guid upTo) =>
        $"{PrintedPath}?{Query(municipality, day, upTo)}";

    private static string Query(string municipality, LocalDate? day, Guid upTo) =>
        $"municipality={Uri.EscapeDataString(municipality)}{(day is { } d ? $"&day={LocalDatePattern.Iso.Format(d)}" : "")}&upTo={upTo}";
}
