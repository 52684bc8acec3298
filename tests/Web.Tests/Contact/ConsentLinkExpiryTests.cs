using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using NodaTime;
using Waardering.Data.Contact;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Contact;

/// <summary>
/// A link to withdraw (or give) consent works for <see cref="ContactOptions.ConsentLinkDays"/>;
/// after that it changes nothing, and its page says what to do instead.
/// </summary>
public sealed class ConsentLinkExpiryTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    private static readonly int Lifetime = new ContactOptions().ConsentLinkDays;

    [Fact]
    public async Task WithdrawalLink_PastItsLifetime_IsRefusedAndChangesNothing()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = ContactHelpers.CaregiverApplies(municipality, consent: true);
        Assert.Equal(HttpStatusCode.Created, (await app.Anonymous().PostAsJsonAsync("/api/requests", body)).StatusCode);
        var email = (string)body["caregivers"]![0]!["email"]!;
        var url = (string)(await app.MailsAsync("request-received", email))[0].Model["withdrawUrl"]!;
        var token = ContactHelpers.TokenOf(url);

        Clock.Advance(Duration.FromDays(Lifetime - 1));
        using var browser = app.Anonymous();
        var stillLive = await browser.GetAsync(ContactHelpers.PathOf(url));
        var formToken = await CitizenForms.TokenAsync(browser, ContactHelpers.PathOf(url)); // the page stays open in the browser
        Clock.Advance(Duration.FromDays(2));
        var page = await app.Anonymous().GetAsync(ContactHelpers.PathOf(url));
        var json = await app.Anonymous().PostAsJsonAsync("/api/contact-consent", new JsonObject { ["token"] = token, ["consent"] = false });
        var english = await app.Anonymous().PostAsJsonAsync("/api/contact-consent?lang=en", new JsonObject { ["token"] = token, ["consent"] = false });
        var form = await browser.PostAsync("/api/contact-consent", CitizenForms.Content(
            new Dictionary<string, string> { ["token"] = token, ["consent"] = "false" }, formToken));

        Assert.Equal(HttpStatusCode.OK, stillLive.StatusCode);
        Assert.Contains("<button", await stillLive.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        var text = await page.Content.ReadAsStringAsync();
        Assert.Contains("werkt niet meer", text);
        Assert.Contains("Bel of mail de gemeente", text);
        Assert.DoesNotContain("<button", text);
        Assert.Equal(HttpStatusCode.Gone, json.StatusCode);
        Assert.Equal(("Deze link is verlopen. Gebruik de link uit de laatste e-mail of neem contact op met de gemeente.", "Deze link is verlopen."),
            await Texts.CitizenApiLanguageTests.TitleAndMessageAsync(json, "token"));
        Assert.Equal(("This link has expired. Use the link in the most recent e-mail, or contact the municipality.", "This link has expired."),
            await Texts.CitizenApiLanguageTests.TitleAndMessageAsync(english, "token"));
        Assert.Equal(HttpStatusCode.Gone, form.StatusCode);
        Assert.Contains("werkt niet meer", await form.Content.ReadAsStringAsync());
        Assert.Equal("given", await ConsentAsync(municipality));
    }

    [Fact]
    public async Task WithdrawalLink_WithinItsLifetime_StillWithdraws_AndTheCancelledMailKeepsNoLink()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        var body = ContactHelpers.CaregiverApplies(municipality, consent: true);
        var created = await app.Anonymous().PostAsJsonAsync("/api/requests", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var email = (string)body["caregivers"]![0]!["email"]!;
        var url = (string)(await app.MailsAsync("request-received", email))[0].Model["withdrawUrl"]!;
        Assert.Equal(HttpStatusCode.OK, (await app.DecideAsync((string)(await created.ReadJsonAsync())["id"]!, approve: true)).StatusCode);
        var waiting = Assert.Single(await app.MailsAsync("decision", email)); // waits for consent: no Worker runs here
        Assert.Contains("token=", (string)waiting.Model["withdrawUrl"]!);

        Clock.Advance(Duration.FromDays(Lifetime - 1));
        var answer = await app.Anonymous().PostAsJsonAsync("/api/contact-consent",
            new JsonObject { ["token"] = ContactHelpers.TokenOf(url), ["consent"] = false });

        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        Assert.Equal("withdrawn", await ConsentAsync(municipality));
        var cancelled = Assert.Single(await app.MailsAsync("decision", email));
        Assert.Equal("cancelled", cancelled.Status);
        Assert.Null(cancelled.Model["withdrawUrl"]);
        Assert.Equal(waiting.Model["reference"]!.ToString(), cancelled.Model["reference"]!.ToString());
    }

    private async Task<string> ConsentAsync(string municipality)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<string>(
            "select consent from caregiver_register where municipality_code = @municipality", new { municipality });
    }
}
