using Microsoft.Extensions.Options;
using Waardering.Data.Mail;
using Waardering.Data.Mail.Rendering;
using Waardering.Worker.Mail;

namespace Waardering.Worker.Tests.Mail;

public sealed class MailTemplateRendererTests : IDisposable
{
    private readonly string _overrides = Directory.CreateTempSubdirectory("waardering-templates").FullName;

    public void Dispose() => Directory.Delete(_overrides, recursive: true);

    [Fact]
    public void Render_Default_IsDutchWithTheReference()
    {
        var mail = Renderer().Render("request-received", "nl", null, Model("Truus de Vries"));

        Assert.Contains("GM0402-2026-000123", mail.Subject);
        Assert.Contains("Beste Truus de Vries", mail.Text);
        Assert.Contains("De waardering gaat naar:\n- Truus de Vries: € 75,00\n\nDit bedrag", mail.Text);
        Assert.Contains("opneemt.\n\nDe waardering", mail.Text);
        Assert.Contains("€ 75,00", mail.Html);
        Assert.Contains("lang=\"nl\"", mail.Html);
    }

    [Fact]
    public void Render_BudgetAlert_NamesTheFloorAndTheNumbers()
    {
        var model = MailJson.Serialize(MailSamples.BudgetAlert(budgetExhausted: false));

        var mail = Renderer().Render("budget-alert", "nl", "GM0402", model);

        Assert.Contains("2026", mail.Subject);
        Assert.Contains("ondergrens van € 50,00", mail.Text);
        Assert.Contains("1200", mail.Html);
    }

    [Fact]
    public void Render_NullValue_IsPresentAndEmpty()
    {
        var model = MailJson.Serialize(ReferralMail.For("Steunpunt", "Hilversum", "Anna", null, null, null, "none", false, Guid.Empty));

        var mail = Renderer().Render("referral", "nl", "GM0402", model);

        Assert.Contains("Telefoon: -\nE-mail: -\n", mail.Text);
        Assert.Contains("<td>Bereikbaar</td><td>-</td>", mail.Html);
    }

    [Fact]
    public void Render_MunicipalityOverrideNamingAnUnknownVariable_FailsNamingTheFile()
    {
        WriteOverride("GM0004", "request-received.txt.scriban", "Beste {{ greetingName }}, {{ greeting_name }}");

        var error = Assert.Throws<MailTemplateException>(() => Renderer().Render("request-received", "nl", "GM0004", Model("Truus")));

        Assert.Contains(Path.Combine("GM0004", "nl", "request-received.txt.scriban"), error.Message);
    }

    [Fact]
    public void Render_English_UsesTheEnglishTemplates()
    {
        var mail = Renderer().Render("request-received", "en", null, Model("Truus"));

        Assert.StartsWith("We have received", mail.Subject);
        Assert.Contains("Dear Truus", mail.Text);
    }

    [Fact]
    public void Render_LanguageWithoutTemplates_FallsBackToDutch()
    {
        var mail = Renderer().Render("request-received", "tr", null, Model("Truus"));

        Assert.Contains("Beste Truus", mail.Text);
    }

    [Fact]
    public void Render_WhenNameHasScript_EscapesItInHtmlOnly()
    {
        var mail = Renderer().Render("request-received", "nl", null, Model("<script>alert(1)</script>"));

        Assert.DoesNotContain("<script>", mail.Html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", mail.Html);
        Assert.Contains("<script>alert(1)</script>", mail.Text);
    }

    [Fact]
    public void Render_MunicipalityOverride_WinsOverTheDefault()
    {
        WriteOverride("GM0402", "request-received.txt.scriban", "Hilversum zegt dank, {{ greetingName }}.");

        var own = Renderer().Render("request-received", "nl", "GM0402", Model("Truus"));
        var other = Renderer().Render("request-received", "nl", "GM0363", Model("Truus"));

        Assert.Equal("Hilversum zegt dank, Truus.", own.Text);
        Assert.Contains("Beste Truus", other.Text);
        Assert.Contains("Beste Truus", own.Html);
    }

    [Fact]
    public void Render_EndlessLoop_IsStoppedByTheLimit()
    {
        WriteOverride("GM0001", "request-received.txt.scriban", "{{ while true }}x{{ end }}");

        var error = Assert.Throws<MailTemplateException>(() => Renderer().Render("request-received", "nl", "GM0001", Model("Truus")));

        Assert.Contains("GM0001", error.Message);
    }

    [Fact]
    public void Render_TemplateCannotReachDotNetObjects()
    {
        WriteOverride("GM0002", "request-received.txt.scriban", "[{{ greetingName.GetType }}][{{ caregivers.GetType }}]");

        var mail = Renderer().Render("request-received", "nl", "GM0002", Model("Truus"));

        Assert.Equal("[][]", mail.Text);
    }

    [Fact]
    public void Render_BrokenTemplate_ThrowsNamingTheFile()
    {
        WriteOverride("GM0003", "request-received.txt.scriban", "{{ if }}");

        var error = Assert.Throws<MailTemplateException>(() => Renderer().Render("request-received", "nl", "GM0003", Model("Truus")));

        Assert.Contains("request-received.txt.scriban", error.Message);
    }

    private MailTemplateRenderer Renderer() =>
        new(Options.Create(new MailOptions { OverridesPath = _overrides }));

    private void WriteOverride(string municipality, string file, string content)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_overrides, municipality, "nl")).FullName;
        File.WriteAllText(Path.Combine(folder, file), content);
    }

    internal static string Model(string name) => MailJson.Serialize(MailSamples.RequestReceived(name));
}
