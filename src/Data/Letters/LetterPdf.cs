using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Waardering.Data.Letters;

/// <summary>
/// Lays letters out on A4 (<see cref="LetterPage"/>), each starting on a new sheet with its own
/// page numbers, in one PDF to print in one go. A body line starting with "## " is a heading,
/// one starting with "- " an item of a list; an empty line is space between paragraphs.
/// </summary>
public static class LetterPdf
{
    private const double TextSize = 10.5;
    private const double LineHeight = 5.2;
    private static readonly XBrush Ink = XBrushes.Black;

    public static byte[] Compose(IReadOnlyList<RenderedLetter> letters, string? fontsPath)
    {
        LetterFonts.Install(fontsPath);
        using var document = new PdfDocument();
        document.Info.Title = letters.Count == 1 ? letters[0].Subject : $"{letters.Count} brieven";
        foreach (var letter in letters)
        {
            Write(document, letter);
        }

        if (document.PageCount == 0)
        {
            document.AddPage().Size = PdfSharp.PageSize.A4;
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static void Write(PdfDocument document, RenderedLetter letter)
    {
        var text = new XFont(LetterFonts.Family, TextSize, XFontStyleEx.Regular);
        var bold = new XFont(LetterFonts.Family, TextSize, XFontStyleEx.Bold);
        var pages = new List<PdfPage>();
        var (page, gfx) = NewPage(document, pages);
        Letterhead(gfx, letter);
        var y = LetterPage.AddressTop;
        foreach (var line in letter.Address.Take(LetterPage.AddressMaxLines))
        {
            Draw(gfx, line, text, LetterPage.AddressLeft, y);
            y += LineHeight;
        }

        y = LetterPage.ReferenceTop;
        foreach (var (label, value) in References(letter))
        {
            Draw(gfx, label, text, LetterPage.Left, y);
            Draw(gfx, value, label == letter.Labels.Subject ? bold : text, LetterPage.Left + 32, y);
            y += LineHeight;
        }

        y = LetterPage.BodyTop;
        foreach (var raw in letter.Body)
        {
            var heading = raw.StartsWith("## ", StringComparison.Ordinal);
            var item = raw.StartsWith("- ", StringComparison.Ordinal);
            var content = heading || item ? raw[(heading ? 3 : 2)..] : raw;
            var indent = item ? 5 : 0;
            var font = heading ? bold : text;
            if (content.Length == 0)
            {
                y += LineHeight / 2;
                continue;
            }

            var lines = Wrap(gfx, content, font, LetterPage.Right - LetterPage.Left - indent);
            for (var i = 0; i < lines.Count; i++)
            {
                if (y > LetterPage.BodyBottom - (heading ? 2 * LineHeight : 0))
                {
                    gfx.Dispose();
                    (page, gfx) = NewPage(document, pages);
                    y = LetterPage.NextPageTop;
                }

                if (item && i == 0)
                {
                    Draw(gfx, "•", font, LetterPage.Left, y);
                }

                Draw(gfx, lines[i], font, LetterPage.Left + indent, y);
                y += LineHeight;
            }
        }

        gfx.Dispose();
        Number(pages, letter.Labels);
    }

    private static IEnumerable<(string Label, string Value)> References(RenderedLetter letter)
    {
        yield return (letter.Labels.Date, letter.Date);
        if (letter.Reference is { } reference)
        {
            yield return (letter.Labels.Reference, reference);
        }

        yield return (letter.Labels.Subject, letter.Subject);
    }

    private static void Letterhead(XGraphics gfx, RenderedLetter letter)
    {
        var small = new XFont(LetterFonts.Family, 8.5, XFontStyleEx.Regular);
        var y = LetterPage.LetterheadTop;
        Draw(gfx, letter.Head.Name ?? "", new XFont(LetterFonts.Family, 14, XFontStyleEx.Bold), LetterPage.LetterheadLeft, y);
        y += 8;
        var lines = letter.Head.ReturnAddress.ToList();
        if (letter.Head.Phone is { Length: > 0 } phone)
        {
            lines.Add($"{letter.Labels.Phone} {phone}");
        }

        if (letter.Head.Website is { Length: > 0 } website)
        {
            lines.Add(website);
        }

        foreach (var line in lines)
        {
            Draw(gfx, line, small, LetterPage.LetterheadLeft, y);
            y += 4;
        }
    }

    private static void Number(List<PdfPage> pages, LetterLabels labels)
    {
        var small = new XFont(LetterFonts.Family, 8.5, XFontStyleEx.Regular);
        for (var i = 0; i < pages.Count; i++)
        {
            using var gfx = XGraphics.FromPdfPage(pages[i], XGraphicsPdfPageOptions.Append);
            Draw(gfx, string.Format(System.Globalization.CultureInfo.InvariantCulture, labels.PageOf, i + 1, pages.Count), small,
                LetterPage.Left, LetterPage.FooterTop);
        }
    }

    private static (PdfPage, XGraphics) NewPage(PdfDocument document, List<PdfPage> pages)
    {
        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        pages.Add(page);
        return (page, XGraphics.FromPdfPage(page));
    }

    /// <summary>Words onto lines no wider than the width; a word longer than a line stands on its own.</summary>
    private static List<string> Wrap(XGraphics gfx, string content, XFont font, double widthMm)
    {
        var width = XUnit.FromMillimeter(widthMm).Point;
        var lines = new List<string>();
        var current = "";
        foreach (var word in content.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : $"{current} {word}";
            if (current.Length > 0 && gfx.MeasureString(candidate, font).Width > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        lines.Add(current);
        return lines;
    }

    private static void Draw(XGraphics gfx, string line, XFont font, double xMm, double yMm) =>
        gfx.DrawString(line, font, Ink, new XPoint(XUnit.FromMillimeter(xMm).Point, XUnit.FromMillimeter(yMm).Point), XStringFormats.TopLeft);
}
