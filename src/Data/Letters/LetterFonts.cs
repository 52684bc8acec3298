using PdfSharp.Fonts;

namespace Waardering.Data.Letters;

/// <summary>
/// The letters' typeface, DejaVu Sans (the machines and CI install fonts-dejavu-core, scripts/lib.sh
/// <c>ensure_fonts</c>): PDFsharp's core build finds no system fonts on Linux and asks a resolver.
/// DejaVu covers Latin, Greek, Cyrillic and Arabic letters, so a name in any of them prints.
/// </summary>
public sealed class LetterFonts(string directory) : IFontResolver
{
    public const string Family = "DejaVu Sans";
    public const string DefaultDirectory = "/usr/share/fonts/truetype/dejavu";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private static readonly Lock Gate = new();

    /// <summary>PDFsharp takes one resolver per process, set before the first font is made.</summary>
    public static void Install(string? directory)
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new LetterFonts(directory ?? DefaultDirectory);
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular);

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(Path.Combine(directory, faceName + ".ttf"));
}
