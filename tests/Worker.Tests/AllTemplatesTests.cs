using System.Text.Json;
using Microsoft.Extensions.Options;
using Waardering.Worker.Mail;

namespace Waardering.Worker.Tests;

/// <summary>Every template renders in both languages with the model its sender writes, and shows its key facts.</summary>
public sealed class AllTemplatesTests
{
    private static readonly Dictionary<string, Dictionary<string, object?>> Models = new()
    {
        ["decision"] = new()
        {
            ["greetingName"] = "Truus", ["reference"] = "GM0402-2026-000123", ["municipalityName"] = "Hilversum", ["year"] = 2026,
            ["approved"] = false, ["waitingForBudget"] = false, ["provisional"] = false, ["reason"] = "De aanvraag is niet volledig.",
            ["caregivers"] = new[] { new Dictionary<string, object?> { ["name"] = "Anna", ["amount"] = "€ 75,00" } },
        },
        ["co-sign"] = new()
        {
            ["greetingName"] = "Truus", ["caregiverName"] = "Anna", ["reference"] = "GM0402-2026-000123", ["municipalityName"] = "Hilversum",
            ["year"] = 2026, ["confirmUrl"] = "https://waardering.example.org/api/requests/1/co-signature?token=abc",
            ["expiresOn"] = "23 november 2026", ["reminder"] = true,
        },
        ["voucher"] = new()
        {
            ["greetingName"] = "Anna", ["caregiverName"] = "Anna", ["reference"] = "GM0402-2026-000123", ["municipalityName"] = "Hilversum",
            ["year"] = 2026, ["code"] = "VVV-1234-5678",
        },
        ["payment"] = new()
        {
            ["greetingName"] = "Anna", ["reference"] = "GM0402-2026-000123", ["municipalityName"] = "Hilversum", ["year"] = 2026,
            ["amount"] = "€ 75,00", ["ibanMasked"] = "NL91**********4300",
        },
    };

    [Theory]
    [InlineData("decision", "nl", "niet volledig")]
    [InlineData("decision", "en", "niet volledig")]
    [InlineData("co-sign", "nl", "token=abc")]
    [InlineData("co-sign", "en", "token=abc")]
    [InlineData("voucher", "nl", "VVV-1234-5678")]
    [InlineData("voucher", "en", "VVV-1234-5678")]
    [InlineData("payment", "nl", "NL91**********4300")]
    [InlineData("payment", "en", "NL91**********4300")]
    public void Render_WithItsModel_ShowsTheKeyFacts(string template, string language, string fact)
    {
        var renderer = new MailTemplateRenderer(Options.Create(new MailOptions()));

        var mail = renderer.Render(template, language, "GM0402", JsonSerializer.Serialize(Models[template]));

        Assert.Contains("GM0402-2026-000123", mail.Subject);
        Assert.Contains(fact, mail.Text);
        Assert.Contains(language == "en" ? "lang=\"en\"" : "lang=\"nl\"", mail.Html);
    }
}
