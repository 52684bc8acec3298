using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using NodaTime;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Contact;

/// <summary>
/// The check-in cycle with the clock pinned: six weeks after payout, one reminder, expiry, one
/// answer, staff entry, referral, and consent withdrawn before the mail leaves. No Worker runs
/// here, so mails stay in the outbox where the tests read them.
/// </summary>
public sealed class CheckInTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task CheckIn_GoesOutSixWeeksAfterPayout_OnlyToThoseWhoConsented()
    {
        var municipality = await app.CreateSchemeAsync();
        var yes = ContactHelpers.CaregiverApplies(municipality, consent: true);
        var no = ContactHelpers.CaregiverApplies(municipality, consent: false);
        await app.SubmitAndPayAsync(municipality, yes);
        await app.SubmitAndPayAsync(municipality, no);

        app.Clock.Advance(Duration.FromDays(41));
        await app.RunCheckInCycleAsync();
        var before = await app.MailsAsync("check-in", Email(yes));
        app.Clock.Advance(Duration.FromDays(1));
        await app.RunCheckInCycleAsync();
        await app.RunCheckInCycleAsync();

        Assert.Empty(before);
        var mail = Assert.Single(await app.MailsAsync("check-in", Email(yes)));
        Assert.False((bool)mail.Model["reminder"]!);
        Assert.Contains("/check-in?token=", (string)mail.Model["checkInUrl"]!);
        Assert.Contains("/contact-consent?token=", (string)mail.Model["withdrawUrl"]!);
        Assert.Empty(await app.MailsAsync("check-in", Email(no)));
    }

    [Fact]
    public async Task CheckIn_IsRemindedOnce_ThenExpires()
    {
        var (municipality, body) = await app.CheckInSentAsync();

        app.Clock.Advance(Duration.FromDays(14));
        await app.RunCheckInCycleAsync();
        await app.RunCheckInCycleAsync();
        var mails = await app.MailsAsync("check-in", Email(body));
        app.Clock.Advance(Duration.FromDays(14));
        var expired = await app.Anonymous().PostAsJsonAsync("/api/check-ins", ContactHelpers.Answer(Token(mails[1])));
        var english = await app.Anonymous().PostAsJsonAsync("/api/check-ins?lang=en", ContactHelpers.Answer(Token(mails[1])));
        var page = await app.Anonymous().GetAsync(ContactHelpers.PathOf((string)mails[0].Model["checkInUrl"]!));

        Assert.Equal(2, mails.Count);
        Assert.True((bool)mails[1].Model["reminder"]!);
        Assert.NotEqual(Token(mails[0]), Token(mails[1]));
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Equal(("Deze link is verlopen.", "Bel of mail de gemeente als u toch iets kwijt wilt."),
            await Texts.CitizenApiLanguageTests.TitleAndMessageAsync(expired, "token"));
        Assert.Equal(("This link has expired.", "Call or e-mail the municipality if you still want to tell us something."),
            await Texts.CitizenApiLanguageTests.TitleAndMessageAsync(english, "token"));
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.False(await AnsweredAsync(municipality));
    }

    [Fact]
    public async Task CheckIn_AnsweredThroughTheLink_IsStoredOnce_AndTheFirstLinkStillWorksAfterTheReminder()
    {
        var (municipality, body) = await app.CheckInSentAsync();
        app.Clock.Advance(Duration.FromDays(15));
        await app.RunCheckInCycleAsync();
        var mails = await app.MailsAsync("check-in", Email(body));

        var page = await app.Anonymous().GetAsync(ContactHelpers.PathOf((string)mails[0].Model["checkInUrl"]!));
        var first = await app.Anonymous().PostAsJsonAsync("/api/check-ins", ContactHelpers.Answer(Token(mails[0])));
        var twice = await app.Anonymous().PostAsJsonAsync("/api/check-ins", ContactHelpers.Answer(Token(mails[1])));
        var twiceInEnglish = await app.Anonymous().PostAsJsonAsync("/api/check-ins?lang=en", ContactHelpers.Answer(Token(mails[1])));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("name=\"wellbeing\"", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal("Deze vragen zijn al beantwoord.", (string)(await twice.ReadJsonAsync())["title"]!);
        Assert.Equal(("These questions have already been answered.", "These questions have already been answered."),
            await Texts.CitizenApiLanguageTests.TitleAndMessageAsync(twiceInEnglish, "token"));
        Assert.True(await AnsweredAsync(municipality));
        Assert.Equal(0, await ReferralsAsync(municipality)); // doing well, no contact asked
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal(["working"], await connection.QuerySingleAsync<string[]>("""
            select a.target_groups from caregiver_year_answers a join schemes s on s.id = a.scheme_id
            where s.municipality_code = @municipality and s.year = 2026
            """, new { municipality }));
    }

    [Fact]
    public async Task CheckIn_BadAnswer_IsRefusedByField_AndNothingIsStored()
    {
        var (municipality, body) = await app.CheckInSentAsync();
        var token = Token((await app.MailsAsync("check-in", Email(body)))[0]);
        var bad = ContactHelpers.Answer(token, wellbeing: 7, contactWish: "phone", signals: "boredom");
        bad["remarks"] = new string('x', 2001);
        bad["targetGroups"] = new JsonArray("aliens");

        var response = await app.Anonymous().PostAsJsonAsync("/api/check-ins", bad);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["phone", "remarks", "signals", "targetGroups", "wellbeing"], (await response.ErrorFieldsAsync()).Order());
        Assert.False(await AnsweredAsync(municipality));
    }

    [Fact]
    public async Task ConsentWithdrawn_BetweenSchedulingAndSending_NoMailGoesOut_AndNoReminder()
    {
        var (municipality, body) = await app.CheckInSentAsync();
        var scheduled = Assert.Single(await app.MailsAsync("check-in", Email(body)));

        var withdraw = await app.Anonymous().PostAsJsonAsync("/api/contact-consent",
            new JsonObject { ["token"] = ContactHelpers.TokenOf((string)scheduled.Model["withdrawUrl"]!), ["consent"] = false });
        app.Clock.Advance(Duration.FromDays(15));
        await app.RunCheckInCycleAsync();
        var answer = await app.Anonymous().PostAsJsonAsync("/api/check-ins", ContactHelpers.Answer(Token(scheduled)));

        Assert.Equal(HttpStatusCode.NoContent, withdraw.StatusCode);
        var mail = Assert.Single(await app.MailsAsync("check-in", Email(body)));
        Assert.Equal("cancelled", mail.Status);
        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode); // the check-in's link stopped working too
    }

    [Fact]
    public async Task Officer_EntersAnAnswerAfterAPhoneCall_AskingForContactWithHeavyOverload_MakesAReferral_ForTheSupportRoleOnly()
    {
        var (municipality, body) = await app.CheckInSentAsync();
        var listed = await app.As("officer").GetAsync($"/api/check-ins/{municipality}/2026");
        Assert.True(listed.IsSuccessStatusCode, await listed.Content.ReadAsStringAsync());
        var list = await listed.Content.ReadFromJsonAsync<JsonArray>();
        var id = (string)list![0]!["id"]!;

        var entered = await app.As("officer", "carla").PostAsJsonAsync($"/api/check-ins/{id}/answer",
            ContactHelpers.Answer(wellbeing: 2, contactWish: "phone", phone: "06 1234 5678", signals: ["timePressure", "sleepAndWorry"]));
        var policy = await app.As("policy").GetAsync($"/api/referrals/{municipality}");
        var listedReferrals = await app.As("support").GetAsync($"/api/referrals/{municipality}?status=open");
        Assert.True(listedReferrals.IsSuccessStatusCode, await listedReferrals.Content.ReadAsStringAsync());
        var referrals = await listedReferrals.Content.ReadFromJsonAsync<JsonArray>();
        var referral = referrals![0]!;
        var contacted = await app.As("support").PostAsJsonAsync($"/api/referrals/{referral["id"]}/status", new JsonObject { ["status"] = "contacted" });
        var closed = await app.As("support").PostAsJsonAsync($"/api/referrals/{referral["id"]}/status", new JsonObject { ["status"] = "closed" });
        var reopened = await app.As("support").PostAsJsonAsync($"/api/referrals/{referral["id"]}/status", new JsonObject { ["status"] = "contacted" });

        Assert.Equal(HttpStatusCode.NoContent, entered.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, policy.StatusCode);
        Assert.Single(referrals);
        Assert.Equal(["contactWish", "heavyOverload"], referral["reasons"]!.AsArray().Select(r => (string)r!));
        Assert.Equal((string)body["caregivers"]![0]!["name"]!, (string)referral["caregiverName"]!);
        Assert.Null(referral["remarks"]); // the support organisation gets no free text
        Assert.Equal(HttpStatusCode.NoContent, contacted.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, closed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, reopened.StatusCode);
        var mail = Assert.Single(await app.MailsAsync("referral", WebAppFixture.SupportEmail),
            m => (string?)m.Model["caregiverName"] == (string)body["caregivers"]![0]!["name"]!);
        Assert.True((bool)mail.Model["heavyOverload"]!);
        Assert.DoesNotContain("zwaar, vooral", mail.Model.ToJsonString());
        var after = await app.As("officer").GetFromJsonAsync<JsonArray>($"/api/check-ins/{municipality}/2026");
        Assert.Equal("carla", (string?)after![0]!["answeredBy"]);
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var reads = await connection.QuerySingleAsync<(long CheckIns, long Referrals)>("""
            select count(*) filter (where action = 'check-ins-read'), count(*) filter (where action = 'referrals-read')
            from audit_events where details ->> 'municipality' = @municipality
            """, new { municipality });
        Assert.Equal((2L, 1L), reads); // staff reads of personal data are on the trail
    }

    [Fact]
    public async Task Officer_FindsACheckInByPartOfTheName_OrByReference_AndTheSearchIsNotOnTheTrail()
    {
        var municipality = await app.CreateSchemeAsync();
        var marijke = ContactHelpers.CaregiverApplies(municipality, consent: true, caregiverName: $"Marijke van Dam {Guid.NewGuid():N}");
        var karel = ContactHelpers.CaregiverApplies(municipality, consent: true, caregiverName: $"Karel de Boer {Guid.NewGuid():N}");
        await app.SubmitAndPayAsync(municipality, marijke);
        var karelsRequest = await app.SubmitAndPayAsync(municipality, karel);
        app.Clock.Advance(NodaTime.Duration.FromDays(42));
        await app.RunCheckInCycleAsync();
        using var officer = app.As("officer");
        var reference = (string)(await officer.GetFromJsonAsync<JsonObject>($"/api/requests/{karelsRequest}"))!["reference"]!;

        var all = await officer.GetFromJsonAsync<JsonArray>($"/api/check-ins/{municipality}/2026");
        var byName = await officer.GetFromJsonAsync<JsonArray>($"/api/check-ins/{municipality}/2026?name=jke VAN d");
        var byReference = await officer.GetFromJsonAsync<JsonArray>($"/api/check-ins/{municipality}/2026?reference={reference}");
        var wildcard = await officer.GetFromJsonAsync<JsonArray>($"/api/check-ins/{municipality}/2026?name=%25a%25");
        var tooShort = await officer.GetAsync($"/api/check-ins/{municipality}/2026?name=a");
        var withNul = await officer.GetAsync($"/api/check-ins/{municipality}/2026?name=Ma%00rijke");

        Assert.Equal(2, all!.Count);
        Assert.StartsWith("Marijke van Dam", (string)Assert.Single(byName!)!["caregiverName"]!);
        Assert.StartsWith("Karel de Boer", (string)Assert.Single(byReference!)!["caregiverName"]!);
        Assert.Empty(wildcard!); // % is a letter in a search, not "anything"
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("\"name\"", await tooShort.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, withNul.StatusCode);
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var trail = await connection.QueryAsync<string>(
            "select details::text from audit_events where action = 'check-ins-read' and details ->> 'municipality' = @municipality",
            new { municipality });
        Assert.Equal(4, trail.Count()); // every read that answered, the refused one not
        Assert.Equal(3, trail.Count(d => d.Contains("\"filtered\": true", StringComparison.Ordinal)));
        Assert.DoesNotContain(trail, d => d.Contains("Marijke", StringComparison.Ordinal) || d.Contains("jke", StringComparison.Ordinal));
    }

    private static string Email(JsonObject body) => (string)body["caregivers"]![0]!["email"]!;

    private static string Token((string Status, JsonObject Model) mail) => ContactHelpers.TokenOf((string)mail.Model["checkInUrl"]!);

    private async Task<bool> AnsweredAsync(string municipality)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<bool>("""
            select i.answered_at is not null from check_ins i join schemes s on s.id = i.scheme_id where s.municipality_code = @municipality
            """, new { municipality });
    }

    private async Task<long> ReferralsAsync(string municipality)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<long>(
            "select count(*) from referrals where municipality_code = @municipality", new { municipality });
    }
}
