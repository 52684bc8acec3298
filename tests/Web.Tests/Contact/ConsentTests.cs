using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Contact;

/// <summary>
/// A caregiver named by a recipient is asked once, in their confirmation mail; the answer, its
/// source and date are kept; withdrawing empties the register.
/// </summary>
public sealed class ConsentTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task NamedCaregiver_IsAskedOnce_AcrossRequests()
    {
        var municipality = await app.CreateSchemeAsync();
        var name = $"Mantelzorger {Guid.NewGuid():N}";
        var first = Bodies.Request(municipality);
        first["caregivers"]![0]!["name"] = name;
        var second = Bodies.Request(municipality);
        second["caregivers"]![0]!["name"] = name; // the same caregiver (name and birth date) for another recipient

        Assert.Equal(HttpStatusCode.Created, (await app.Anonymous().PostAsJsonAsync("/api/requests", first)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await app.Anonymous().PostAsJsonAsync("/api/requests", second)).StatusCode);

        var firstMail = Assert.Single(await app.MailsAsync("request-received", (string)first["caregivers"]![0]!["email"]!));
        var secondMail = Assert.Single(await app.MailsAsync("request-received", (string)second["caregivers"]![0]!["email"]!));
        Assert.Contains("/contact-consent?token=", (string)firstMail.Model["consentUrl"]!);
        Assert.Null(secondMail.Model["consentUrl"]); // asked once
        Assert.Null(secondMail.Model["withdrawUrl"]); // and not (yet) consented
        var entry = await RegisterAsync(municipality);
        Assert.Equal(("asked", (string?)null), (entry.Consent, entry.Name));
        Assert.Equal(2, entry.LinkedRequests);
    }

    [Fact]
    public async Task Consent_GivenThroughTheLink_ThenWithdrawn_EmptiesTheRegister()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        await app.Anonymous().PostAsJsonAsync("/api/requests", body);
        var url = (string)(await app.MailsAsync("request-received", (string)body["caregivers"]![0]!["email"]!))[0].Model["consentUrl"]!;

        var page = await app.Anonymous().GetAsync(ContactHelpers.PathOf(url));
        var yes = await app.Anonymous().PostAsJsonAsync("/api/contact-consent",
            new JsonObject { ["token"] = ContactHelpers.TokenOf(url), ["consent"] = true }); // JSON: no anti-forgery token
        var given = await RegisterAsync(municipality);
        using var browser = app.Anonymous();
        var no = await browser.PostAsync("/api/contact-consent", await CitizenForms.ContentAsync(browser, ContactHelpers.PathOf(url),
            new Dictionary<string, string> { ["token"] = ContactHelpers.TokenOf(url), ["consent"] = "false" }));
        var withdrawn = await RegisterAsync(municipality);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<button", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, yes.StatusCode);
        Assert.Equal(("given", "mail", (string?)body["caregivers"]![0]!["name"]), (given.Consent, given.Source, given.Name));
        Assert.Equal(HttpStatusCode.OK, no.StatusCode); // the form's answer is a page
        Assert.Equal(("withdrawn", (string?)null, (string?)null), (withdrawn.Consent, withdrawn.Name, withdrawn.Email));
        Assert.True(withdrawn.ConsentAt >= given.ConsentAt);
    }

    [Fact]
    public async Task Consent_WithAnUnknownTokenOrNoAnswer_IsRefusedByField()
    {
        var unknown = await app.Anonymous().PostAsJsonAsync("/api/contact-consent", new JsonObject { ["token"] = "geraden", ["consent"] = true });
        var noAnswer = await app.Anonymous().PostAsJsonAsync("/api/contact-consent", new JsonObject { ["token"] = "geraden" });

        Assert.Equal(HttpStatusCode.Forbidden, unknown.StatusCode);
        Assert.Contains("token", await unknown.ErrorFieldsAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noAnswer.StatusCode);
        Assert.Contains("consent", await noAnswer.ErrorFieldsAsync());
    }

    [Fact]
    public async Task Consent_WithAFormThePageNeverSends_Is400NamingTheBody()
    {
        var fields = Enumerable.Range(0, 1100).ToDictionary(i => $"extra{i}", _ => "x"); // more than a form may have
        fields["token"] = "geraden";
        fields["consent"] = "true";

        var response = await app.Anonymous().PostAsync("/api/contact-consent", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("body", await response.ErrorFieldsAsync());
    }

    [Fact]
    public async Task ApplyingCaregiver_AnswersInTheRequest_AndGetsTheWayOutInTheConfirmation()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = ContactHelpers.CaregiverApplies(municipality, consent: true);

        Assert.Equal(HttpStatusCode.Created, (await app.Anonymous().PostAsJsonAsync("/api/requests", body)).StatusCode);

        var entry = await RegisterAsync(municipality);
        Assert.Equal(("given", "application", (string?)body["caregivers"]![0]!["email"]), (entry.Consent, entry.Source, entry.Email));
        var mail = Assert.Single(await app.MailsAsync("request-received", (string)body["caregivers"]![0]!["email"]!));
        Assert.Null(mail.Model["consentUrl"]);
        Assert.Contains("/contact-consent?token=", (string)mail.Model["withdrawUrl"]!);
    }

    [Fact]
    public async Task EveryMailToAConsentingCaregiver_CarriesAWithdrawLinkOfItsOwn_ThatWorks()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = ContactHelpers.CaregiverApplies(municipality, consent: true);
        await app.SubmitAndPayAsync(municipality, body);
        var email = (string)body["caregivers"]![0]!["email"]!;

        var links = new List<string>();
        foreach (var template in new[] { "request-received", "decision", "payment" })
        {
            var mail = Assert.Single(await app.MailsAsync(template, email));
            links.Add((string?)mail.Model["withdrawUrl"] ?? $"{template}: no link");
        }

        Assert.All(links, l => Assert.Contains("/contact-consent?token=", l));
        Assert.Equal(3, links.Distinct().Count());
        var withdraw = await app.Anonymous().PostAsJsonAsync("/api/contact-consent",
            new JsonObject { ["token"] = ContactHelpers.TokenOf(links[2]), ["consent"] = false }); // the one the database wrote itself
        Assert.Equal(HttpStatusCode.NoContent, withdraw.StatusCode);
        Assert.Equal("withdrawn", (await RegisterAsync(municipality)).Consent);
    }

    [Fact]
    public async Task NamedCaregiverWhoSaidNo_GetsNoMoreMailAboutTheRequest()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        var email = (string)body["caregivers"]![0]!["email"]!;
        await app.SubmitAndPayAsync(municipality, body);
        // The answer came before the decision in real life; here the mails of the decision and payment are already written,
        // so a second request of the same caregiver shows what follows the refusal.
        var url = (string)(await app.MailsAsync("request-received", email))[0].Model["consentUrl"]!;
        await app.Anonymous().PostAsJsonAsync("/api/contact-consent", new JsonObject { ["token"] = ContactHelpers.TokenOf(url), ["consent"] = false });
        var next = Bodies.Request(municipality);
        next["caregivers"]![0]!["email"] = email;
        await app.SubmitAndPayAsync(municipality, next);

        Assert.Equal("refused", (await RegisterAsync(municipality)).Consent);
        Assert.Single(await app.MailsAsync("decision", email)); // the first request's only
        Assert.Single(await app.MailsAsync("payment", email));
        Assert.Equal(2, (await app.MailsAsync("decision", (string)next["recipient"]!["email"]!)).Count
            + (await app.MailsAsync("decision", (string)body["recipient"]!["email"]!)).Count); // the recipients still hear
    }

    [Fact]
    public async Task Officer_EntersConsentGivenByPhone_AndLaterItsWithdrawal_WithSourceStaff()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        body["caregivers"]![0]!["consentToContact"] = false; // the recipient did not say the caregiver may be mailed
        var id = (string)(await (await app.Anonymous().PostAsJsonAsync("/api/requests", body)).ReadJsonAsync())["id"]!;
        var url = $"/api/requests/{id}/caregivers/1/consent";

        var anonymous = await app.Anonymous().PutAsJsonAsync(url, new JsonObject { ["consent"] = true });
        var missing = await app.As("officer").PutAsJsonAsync(url, new JsonObject());
        var unknown = await app.As("officer").PutAsJsonAsync($"/api/requests/{id}/caregivers/3/consent", new JsonObject { ["consent"] = true });
        var given = await app.As("officer").PutAsJsonAsync(url, new JsonObject { ["consent"] = true });
        var afterGiven = await RegisterAsync(municipality);
        var withdrawn = await app.As("officer").PutAsJsonAsync(url, new JsonObject { ["consent"] = false });
        var afterWithdrawn = await RegisterAsync(municipality);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("consent", await missing.ErrorFieldsAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, given.StatusCode);
        Assert.Equal(("given", "staff", (string?)body["caregivers"]![0]!["name"]), (afterGiven.Consent, afterGiven.Source, afterGiven.Name));
        Assert.Equal(HttpStatusCode.NoContent, withdrawn.StatusCode);
        Assert.Equal(("withdrawn", "staff", (string?)null), (afterWithdrawn.Consent, afterWithdrawn.Source, afterWithdrawn.Name));
    }

    [Fact]
    public async Task ApplyingCaregiver_WhoSaysNoNextYear_WithdrawsTheEarlierConsentOnceTheAddressOnFileConfirms()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.As("admin").PutAsJsonAsync($"/api/schemes/{municipality}/2027", Bodies.Scheme(2027));
        var name = $"Mantelzorger {Guid.NewGuid():N}";
        var first = ContactHelpers.CaregiverApplies(municipality, consent: true, caregiverName: name);
        await app.Anonymous().PostAsJsonAsync("/api/requests", first);
        app.Clock.Reset(NodaTime.Instant.FromUtc(2027, 10, 2, 10, 0));
        var second = ContactHelpers.CaregiverApplies(municipality, consent: false, caregiverName: name, year: 2027);
        second["caregivers"]![0]!["email"] = first["caregivers"]![0]!["email"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Created, (await app.Anonymous().PostAsJsonAsync("/api/requests", second)).StatusCode);
        app.Clock.Reset(WebAppFixture.Start);

        // Without sign-in the no waits for the address on file to confirm it (RegisterTakeoverTests).
        Assert.Equal("given", (await RegisterAsync(municipality)).Consent);
        var confirmUrl = (string)(await app.MailsAsync("register-change", (string)first["caregivers"]![0]!["email"]!)).Single().Model["confirmUrl"]!;
        var token = confirmUrl[(confirmUrl.IndexOf("token=", StringComparison.Ordinal) + 6)..];
        Assert.Equal(HttpStatusCode.NoContent,
            (await app.Anonymous().PostAsJsonAsync("/api/register-change", new JsonObject { ["token"] = token })).StatusCode);
        var entry = await RegisterAsync(municipality);
        Assert.Equal(("withdrawn", "application", (string?)null), (entry.Consent, entry.Source, entry.Name));
        var mails = await app.MailsAsync("request-received", (string)first["caregivers"]![0]!["email"]!);
        Assert.Equal(2, mails.Count); // the confirmations of both applications go: they answer the application, not consent
        Assert.NotNull(mails[0].Model["withdrawUrl"]);
        Assert.Null(mails[1].Model["withdrawUrl"]);
    }

    private sealed record Entry(string Consent, string Source, string? Name, string? Email, NodaTime.Instant? ConsentAt, long LinkedRequests);

    private async Task<Entry> RegisterAsync(string municipality)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<Entry>("""
            select g.consent, g.consent_source as source, g.name, g.email, g.consent_at,
                (select count(*) from request_caregivers c where c.register_id = g.id) as linked_requests
            from caregiver_register g where g.municipality_code = @municipality
            """, new { municipality });
    }
}
