using System.Net;
using Microsoft.Extensions.Options;
using Waardering.Data.Mail;
using Waardering.Data.Mail.Rendering;
using Waardering.Worker.Mail;

namespace Waardering.Worker.Tests.Mail;

/// <summary>
/// Every template renders in every language, with every variant its writers send, from the models
/// the production builders make: a field a template names that its model lacks fails here, since
/// templates render with strict variables.
/// </summary>
public sealed class AllTemplatesTests
{
    private static readonly string[] Languages = ["nl", "en"];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var variant in TemplateVariants.All.Keys)
        {
            foreach (var language in Languages)
            {
                data.Add(variant, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_EveryVariantFromItsBuilder_ShowsTheKeyFacts(string variant, string language)
    {
        var sample = TemplateVariants.All[variant];
        var renderer = new MailTemplateRenderer(Options.Create(new MailOptions()));

        var mail = renderer.Render(sample.Template, language, "GM0402", MailJson.Serialize(sample.Model(language)));

        var own = Directory.Exists(Path.Combine(new MailOptions().TemplatesPath, language))
            && File.Exists(Path.Combine(new MailOptions().TemplatesPath, language, $"{sample.Template}.html.scriban"));
        Assert.Contains(own ? $"lang=\"{language}\"" : "lang=\"nl\"", mail.Html);
        var facts = own && language == "en" ? sample.English : sample.Dutch;
        Assert.All(facts.Subject, fact => Assert.Contains(fact, mail.Subject));
        Assert.All(facts.Body, fact => Assert.Contains(fact, mail.Text));
        Assert.All(facts.Body, fact => Assert.Contains(WebUtility.HtmlEncode(fact), mail.Html));
        Assert.All(facts.Absent, fact => Assert.DoesNotContain(fact, mail.Text));
    }

    [Fact]
    public void Cases_CoverEveryTemplate()
    {
        var templates = Directory.GetFiles(Path.Combine(new MailOptions().TemplatesPath, "nl"), "*.subject.scriban")
            .Select(f => Path.GetFileName(f)[..^".subject.scriban".Length]);

        Assert.Equal(templates.Order(), TemplateVariants.All.Values.Select(v => v.Template).Distinct().Order());
    }

    [Fact]
    public void Render_TemplateNamingAnUnknownVariable_Fails()
    {
        var folder = Directory.CreateTempSubdirectory("waardering-strict").FullName;
        try
        {
            var nl = Directory.CreateDirectory(Path.Combine(folder, "nl")).FullName;
            File.WriteAllText(Path.Combine(nl, "payment.subject.scriban"), "{{ reference }}");
            File.WriteAllText(Path.Combine(nl, "payment.html.scriban"), "<p>{{ amount }}</p>");
            File.WriteAllText(Path.Combine(nl, "payment.txt.scriban"), "{{ amount }} naar {{ ibanNumber }}");
            var renderer = new MailTemplateRenderer(Options.Create(new MailOptions { TemplatesPath = folder }));
            var model = MailJson.Serialize(TemplateVariants.All["payment"].Model("nl"));

            var error = Assert.Throws<MailTemplateException>(() => renderer.Render("payment", "nl", null, model));

            Assert.Contains("payment.txt.scriban", error.Message);
            Assert.Contains("ibanNumber", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
