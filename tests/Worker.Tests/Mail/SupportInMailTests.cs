using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Waardering.Data.Mail;
using Waardering.Data.Support;
using Waardering.Data.Mail.Rendering;
using Waardering.Worker.Mail;

namespace Waardering.Worker.Tests.Mail;

/// <summary>
/// Every mail to a caregiver lists the support on offer through the shared part <c>_support</c>, in
/// both languages; the list reaches the model as the outbox writes it, a <c>support</c> array.
/// </summary>
public sealed class SupportInMailTests
{
    private static readonly SupportOffer[] Offers =
    [
        new("Versa Welzijn", "Mantelzorgondersteuners: een gesprek, lotgenotengroepen", "035 000 0000", null),
        new("Mantelzorg Gooi en Vechtstreek", "Informatie en de hulpwijzer", null, "www.mantelzorggv.nl"),
    ];

    /// <summary>The mails that go to caregivers; a new one is added here and to <see cref="TemplateVariants"/>.</summary>
    private static readonly string[] CaregiverTemplates =
        [RequestReceivedMail.Template, DecisionMail.Template, PaymentMail.Template, VoucherMail.Template, CheckInMail.Template, SupportOfferMail.Template,
         RequestExpiredMail.Template, InvitationMail.Template];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var variant in TemplateVariants.All.Where(v => v.Value.Model("nl") is ICaregiverMail).Select(v => v.Key))
        {
            data.Add(variant, "nl");
            data.Add(variant, "en");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void CaregiverMail_ListsEveryOrganisation_WithPhoneAndWebsite(string variant, string language)
    {
        var sample = TemplateVariants.All[variant];
        var model = JsonNode.Parse(MailJson.Serialize(sample.Model(language)))!.AsObject();
        model["support"] = JsonNode.Parse(MailJson.Serialize(new Listed(Offers)))!["support"]!.DeepClone();

        var mail = new MailTemplateRenderer(Options.Create(new MailOptions())).Render(sample.Template, language, "GM0402", model.ToJsonString());

        string[] facts = [language == "en" ? "Looking for support as a caregiver?" : "Zoekt u steun als mantelzorger?",
            "Versa Welzijn", "035 000 0000", "Mantelzorg Gooi en Vechtstreek", "www.mantelzorggv.nl"];
        Assert.All(facts, fact => Assert.Contains(fact, mail.Text));
        Assert.All(facts, fact => Assert.Contains(WebUtility.HtmlEncode(fact), mail.Html));
    }

    [Fact]
    public void CaregiverMail_WithoutSupportSet_ShowsNoEmptyHeading()
    {
        var sample = TemplateVariants.All["payment"];

        var mail = new MailTemplateRenderer(Options.Create(new MailOptions()))
            .Render(sample.Template, "nl", "GM0402", MailJson.Serialize(sample.Model("nl")));

        Assert.DoesNotContain("Zoekt u steun als mantelzorger?", mail.Text);
    }

    [Fact]
    public void EveryCaregiverTemplate_HasAVariantThatCarriesTheList()
    {
        var carrying = TemplateVariants.All.Values.Where(v => v.Model("nl") is ICaregiverMail).Select(v => v.Template).Distinct();

        Assert.Equal(CaregiverTemplates.Order(), carrying.Order());
    }

    [Theory]
    [InlineData("../../../etc/passwd")]
    [InlineData("payment.txt")]
    [InlineData("nonexistent")]
    public void MunicipalityTemplate_IncludingAnythingButASharedPart_Fails(string include)
    {
        var folder = Directory.CreateTempSubdirectory("waardering-include").FullName;
        try
        {
            var own = Directory.CreateDirectory(Path.Combine(folder, "GM0402", "nl")).FullName;
            File.WriteAllText(Path.Combine(own, "payment.txt.scriban"), $"{{{{ include \"{include}\" }}}}");
            var renderer = new MailTemplateRenderer(Options.Create(new MailOptions { OverridesPath = folder }));

            Assert.Throws<MailTemplateException>(() =>
                renderer.Render("payment", "nl", "GM0402", MailJson.Serialize(TemplateVariants.All["payment"].Model("nl"))));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed record Listed(IReadOnlyList<SupportOffer> Support) : IMailModel;
}
