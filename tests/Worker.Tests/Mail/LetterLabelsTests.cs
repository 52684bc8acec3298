using Microsoft.Extensions.Options;
using NodaTime;
using Waardering.Data.Letters;
using Waardering.Data.Mail;

namespace Waardering.Worker.Tests.Mail;

/// <summary>A letter's labels come from the letters' text files: Dutch and English shipped, a municipality's added language without code.</summary>
public sealed class LetterLabelsTests : IDisposable
{
    private readonly string _overrides = Directory.CreateTempSubdirectory("letter-labels-").FullName;

    [Theory]
    [InlineData("nl", "Datum", "Ons kenmerk", "Pagina {0} van {1}")]
    [InlineData("en", "Date", "Our reference", "Page {0} of {1}")]
    [InlineData("pl", "Datum", "Ons kenmerk", "Pagina {0} van {1}")] // a language without letters falls back to Dutch, as its templates do
    public void ShippedLanguages_HaveTheirLabels(string language, string date, string reference, string pageOf)
    {
        var labels = Render(new LetterOptions(), language, "GM0402").Labels;

        Assert.Equal((date, reference, pageOf), (labels.Date, labels.Reference, labels.PageOf));
    }

    [Fact]
    public void AMunicipalitysAddedLanguage_GetsItsOwnLabels_AndDutchForTheLabelsItLeftOut()
    {
        Directory.CreateDirectory(Path.Combine(_overrides, "GM0402", "tr"));
        File.WriteAllText(Path.Combine(_overrides, "GM0402", "tr", LetterLabelFiles.FileName),
            """{ "date": "Tarih", "subject": "Konu", "pageOf": "Sayfa {0} / {1}" }""");
        var options = new LetterOptions { OverridesPath = _overrides };

        var turkish = Render(options, "tr", "GM0402").Labels;
        var elsewhere = Render(options, "tr", "GM0363").Labels;

        Assert.Equal(("Tarih", "Konu", "Sayfa {0} / {1}", "Ons kenmerk"), (turkish.Date, turkish.Subject, turkish.PageOf, turkish.Reference));
        Assert.Equal("Datum", elsewhere.Date);
    }

    public void Dispose() => Directory.Delete(_overrides, recursive: true);

    private static RenderedLetter Render(LetterOptions options, string language, string municipality)
    {
        var sample = TemplateVariants.All.Values.First(v => v.Template == RequestReceivedMail.Template);
        return new LetterComposer(Options.Create(options)).Render(new StoredLetter(Guid.NewGuid(), sample.Template, language, municipality,
            "Hilversum", "Anna", """["Anna", "Kerkbrink 12", "1211 AB  HILVERSUM"]""", MailJson.Serialize(sample.Model(language)),
            MailSamples.Reference, Instant.FromUtc(2026, 11, 2, 10, 0)));
    }
}
