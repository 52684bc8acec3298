using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using NodaTime;
using Waardering.Data.Letters;
using Waardering.Data.Mail;

namespace Waardering.Worker.Tests.Mail;

/// <summary>
/// Every letter template renders in both languages from the models of the mail it stands for,
/// with each variant its writers send (strict variables: a value the model lacks fails here), and
/// its first line, the subject, is not empty. A letter carries no link with a token.
/// </summary>
public sealed class AllLetterTemplatesTests
{
    private static readonly LetterComposer Composer = new(Options.Create(new LetterOptions()));

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (variant, sample) in TemplateVariants.All)
        {
            if (File.Exists(Path.Combine(new LetterOptions().TemplatesPath, "nl", sample.Template + ".scriban")))
            {
                data.Add(variant, "nl");
                data.Add(variant, "en");
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_EveryVariantAsALetter_HasASubjectAndTheLettersFacts(string variant, string language)
    {
        var sample = TemplateVariants.All[variant];
        var model = JsonNode.Parse(MailJson.Serialize(sample.Model(language)))!.AsObject();
        model["letterCode"] = "ACD3F-G7HKM";
        model["codePageUrl"] = "https://waardering.example.org/co-sign";

        var letter = Composer.Render(new StoredLetter(Guid.NewGuid(), sample.Template, language, "GM0402", "Hilversum", "Anna",
            """["Anna", "Kerkbrink 12", "1211 AB  HILVERSUM"]""", model.ToJsonString(), MailSamples.Reference,
            Instant.FromUtc(2026, 11, 2, 10, 0)));

        Assert.NotEmpty(letter.Subject);
        Assert.NotEmpty(letter.Body);
        var text = string.Join("\n", letter.Body);
        Assert.DoesNotContain("token=", text, StringComparison.Ordinal);
        if (sample.Template is CoSignMail.Template or CheckInMail.Template)
        {
            Assert.Contains("ACD3F-G7HKM", text, StringComparison.Ordinal);
        }

        if (sample.Template == DecisionMail.Template && !variant.Contains("waiting", StringComparison.Ordinal))
        {
            Assert.Contains(language == "en" ? "six weeks" : "zes weken", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryLetterTemplate_HasItsMailsModel_AndBothLanguages()
    {
        var path = new LetterOptions().TemplatesPath;
        var letters = Directory.GetFiles(Path.Combine(path, "nl"), "*.scriban").Select(Path.GetFileNameWithoutExtension)
            .Where(n => !n!.StartsWith('_')).Order().ToList();

        Assert.Equal(["check-in", "co-sign", "decision", "invitation", "request-received", "voucher"], letters);
        Assert.All(letters, n => Assert.True(File.Exists(Path.Combine(path, "en", n + ".scriban")), n));
        Assert.All(letters, n => Assert.Contains(n, TemplateVariants.All.Values.Select(v => v.Template)));
    }
}
