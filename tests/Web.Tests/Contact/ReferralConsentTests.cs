using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Waardering.Web.Tests.Infrastructure;
using Waardering.Web.Tests.Support;

namespace Waardering.Web.Tests.Contact;

/// <summary>
/// A referral (warme overdracht) needs the caregiver's own consent: heavy overload without a wish
/// for contact is never handed to the support organisation; the caregiver gets the support on offer.
/// </summary>
public sealed class ReferralConsentTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task HeavyOverload_WithoutAWishForContact_MakesNoReferral_AndMailsTheSupportOnOffer()
    {
        var (municipality, body) = await app.CheckInSentAsync();
        Assert.Equal(HttpStatusCode.OK, (await app.As("admin").PutAsJsonAsync($"/api/municipalities/{municipality}/support", SupportTests.Hilversum())).StatusCode);
        var email = (string)body["caregivers"]![0]!["email"]!;
        var token = await app.CheckInTokenAsync(email);

        var answered = await app.Anonymous().PostAsJsonAsync("/api/check-ins",
            ContactHelpers.Answer(token, wellbeing: 1, contactWish: "none", signals: ["timePressure", "noFreeTime", "sleepAndWorry"]));

        Assert.Equal(HttpStatusCode.NoContent, answered.StatusCode);
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal(0, await connection.QuerySingleAsync<long>(
            "select count(*) from referrals where municipality_code = @municipality", new { municipality }));
        Assert.True(await connection.QuerySingleAsync<bool>("""
            select i.heavy_overload from check_ins i join schemes s on s.id = i.scheme_id where s.municipality_code = @municipality
            """, new { municipality })); // the answer itself is kept, for the check-in figures
        var caregiverName = (string)body["caregivers"]![0]!["name"]!;
        Assert.DoesNotContain(await app.MailsAsync("referral", WebAppFixture.SupportEmail),
            m => (string?)m.Model["caregiverName"] == caregiverName);
        var reply = Assert.Single(await app.MailsAsync("support-offer", email));
        Assert.Equal(["Versa Welzijn", "MEE", "Buurtteams", "Mantelzorg Gooi en Vechtstreek"],
            reply.Model["support"]!.AsArray().Select(o => (string)o!["name"]!));
        Assert.Contains("/contact-consent?token=", (string)reply.Model["withdrawUrl"]!);
    }

    [Fact]
    public async Task HeavyOverload_OnTheForm_WithoutAWishForContact_TellsTheCaregiverNothingIsPassedOn()
    {
        var (_, body) = await app.CheckInSentAsync();
        var token = await app.CheckInTokenAsync((string)body["caregivers"]![0]!["email"]!);

        using var browser = app.Anonymous();
        var page = await browser.PostAsync("/api/check-ins", await CitizenForms.ContentAsync(browser, $"/check-in?token={token}", new Dictionary<string, string>
        {
            ["token"] = token, ["wellbeing"] = "1", ["contactWish"] = "none", ["keepInformed"] = "false",
        }));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("we geven uw gegevens aan niemand door", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AWishForContact_WithoutHeavyOverload_IsReferred_AndTheMailSaysTheyAskedForIt()
    {
        var (_, body) = await app.CheckInSentAsync();
        var email = (string)body["caregivers"]![0]!["email"]!;
        var token = await app.CheckInTokenAsync(email);

        var answered = await app.Anonymous().PostAsJsonAsync("/api/check-ins", ContactHelpers.Answer(token, wellbeing: 4, contactWish: "mail"));

        Assert.Equal(HttpStatusCode.NoContent, answered.StatusCode);
        var mail = Assert.Single(await app.MailsAsync("referral", WebAppFixture.SupportEmail),
            m => (string?)m.Model["caregiverName"] == (string)body["caregivers"]![0]!["name"]!);
        Assert.Equal("mail", (string)mail.Model["contactWishCode"]!);
        Assert.False((bool)mail.Model["heavyOverload"]!);
        Assert.Empty(await app.MailsAsync("support-offer", email));
    }
}
