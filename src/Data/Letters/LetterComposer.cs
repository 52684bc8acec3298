using Microsoft.Extensions.Options;
using NodaTime;
using Waardering.Data.Mail;
using Waardering.Data.Mail.Rendering;
using Waardering.Domain;

namespace Waardering.Data.Letters;

/// <summary>
/// Turns stored letters into one PDF: each rendered from its template (templates/letters) with the
/// mail's model, through the mail's own <see cref="MailRenderer"/> (same limits, overrides and
/// fallback to Dutch), under its municipality's letterhead. The template's first line is the subject.
/// </summary>
public sealed class LetterComposer(IOptions<LetterOptions> options)
{
    private readonly MailRenderer _renderer = new(new MailTemplatePaths(options.Value.TemplatesPath, options.Value.OverridesPath));
    private readonly LetterLabelFiles _labels = new(options.Value.TemplatesPath, options.Value.OverridesPath);

    public byte[] Pdf(IReadOnlyList<StoredLetter> letters) => LetterPdf.Compose(letters.Select(Render).ToList(), options.Value.FontsPath);

    public RenderedLetter Render(StoredLetter letter)
    {
        var text = _renderer.RenderSingle(letter.Template, letter.Language, letter.MunicipalityCode, letter.Model).ReplaceLineEndings("\n");
        var lines = text.Split('\n').Select(l => l.TrimEnd()).SkipWhile(l => l.Length == 0).ToList();
        var subject = lines.Count > 0 ? lines[0] : "";
        var body = lines.Skip(1).SkipWhile(l => l.Length == 0).ToList();
        var head = options.Value.Letterheads.GetValueOrDefault(letter.MunicipalityCode)
            ?? new Letterhead { Name = $"Gemeente {letter.MunicipalityName}" };
        head = head.Name is null ? new Letterhead
        {
            Name = $"Gemeente {letter.MunicipalityName}", ReturnAddress = head.ReturnAddress, Phone = head.Phone, Website = head.Website,
        } : head;
        return new RenderedLetter(head, letter.AddressLines, MailFormat.Date(AmsterdamTime.DateOf(letter.CreatedAt), letter.Language),
            letter.Reference, subject, body, _labels.For(letter.Language, letter.MunicipalityCode));
    }
}

/// <summary>A letter as the outbox holds it, with its request's reference and its municipality's name.</summary>
public sealed record StoredLetter(
    Guid Id, string Template, string Language, string MunicipalityCode, string MunicipalityName, string? ToName,
    string AddressJson, string Model, string? Reference, Instant CreatedAt)
{
    /// <summary>The address block's lines, stored as text[] and read as JSON: Dapper maps no array to a record's constructor.</summary>
    public IReadOnlyList<string> AddressLines => System.Text.Json.JsonSerializer.Deserialize<string[]>(AddressJson) ?? [];
}
