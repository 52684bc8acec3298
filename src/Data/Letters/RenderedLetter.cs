namespace Waardering.Data.Letters;

/// <summary>
/// A letter ready for paper: the letterhead, the address block, the date and reference, the
/// subject and the body as its template wrote it, and the words for the labels in its language.
/// </summary>
public sealed record RenderedLetter(
    Letterhead Head, IReadOnlyList<string> Address, string Date, string? Reference, string Subject, IReadOnlyList<string> Body,
    LetterLabels Labels);
