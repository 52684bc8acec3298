namespace Waardering.Data.Letters;

/// <summary>
/// A letter ready for paper: the letterhead, the address block, the date and reference, the
/// subject and the body as its template wrote it, and the words for the labels in its language.
/// </summary>
public sealed record RenderedLetter(
    Letterhead Head, IReadOnlyList<string> Address, string Date, string? Reference, string Subject, IReadOnlyList<string> Body,
    LetterLabels Labels);

/// <summary>The few words a letter prints around its text; every language but English in Dutch, as the templates fall back.</summary>
public sealed record LetterLabels(string Date, string Reference, string Subject, string PageOf, string Phone)
{
    public static readonly LetterLabels Dutch = new("Datum", "Ons kenmerk", "Onderwerp", "Pagina {0} van {1}", "Telefoon");
    public static readonly LetterLabels English = new("Date", "Our reference", "Subject", "Page {0} of {1}", "Phone");

    public static LetterLabels For(string language) => language == "en" ? English : Dutch;
}
