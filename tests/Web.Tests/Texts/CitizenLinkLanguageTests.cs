using System.Net;
using System.Text.Json.Nodes;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Texts;

/// <summary>A link the service sends a citizen opens its page in the request's language, without a cookie.</summary>
public sealed class CitizenLinkLanguageTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task AnEnglishRequestsCoSignLink_OpensTheEnglishPage_AndItsOtherLinksCarryTheLanguage()
    {
        var (body, recipientEmail) = await CoSignRequestAsync("en");

        var confirmUrl = (string)(await app.MailsAsync("co-sign", recipientEmail))[0].Model["confirmUrl"]!;
        var page = await app.Anonymous().GetAsync(ContactHelpers.PathOf(confirmUrl));

        Assert.EndsWith("&lang=en", confirmUrl, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"en\"", html, StringComparison.Ordinal);
        Assert.Contains("Confirm the request", html, StringComparison.Ordinal);
        var received = (await app.MailsAsync("request-received", (string)body["caregivers"]![0]!["email"]!))[0];
        Assert.EndsWith("&lang=en", (string)received.Model["withdrawUrl"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADutchRequestsLinks_CarryNoLanguage()
    {
        var (_, recipientEmail) = await CoSignRequestAsync("nl");

        var confirmUrl = (string)(await app.MailsAsync("co-sign", recipientEmail))[0].Model["confirmUrl"]!;
        var html = await (await app.Anonymous().GetAsync(ContactHelpers.PathOf(confirmUrl))).Content.ReadAsStringAsync();

        Assert.DoesNotContain("lang=", confirmUrl, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"nl\"", html, StringComparison.Ordinal);
    }

    /// <summary>A caregiver applies, consenting to contact, in a scheme that asks the recipient to confirm.</summary>
    private async Task<(JsonObject Body, string RecipientEmail)> CoSignRequestAsync(string language)
    {
        var scheme = Bodies.Scheme();
        scheme["coSignRequired"] = true;
        var municipality = await app.CreateSchemeAsync(scheme);
        var body = ContactHelpers.CaregiverApplies(municipality, consent: true);
        body["language"] = language;
        await app.SubmitAsync(body);
        return (body, (string)body["recipient"]!["email"]!);
    }
}
