using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Playwright;
using NodaTime;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Pages;

/// <summary>The pages behind citizens' mail links, used in headless Chromium: labels clicked, fields typed, buttons pressed.</summary>
public sealed class CitizenPageTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task CheckIn_FilledInByLabel_IsStored_AndAskingForACallMakesAReferral()
    {
        var (municipality, url) = await CheckInLinkAsync();
        var (context, page) = await app.OpenAsync(url);
        await using var _ = context;

        await BrowserFixture.CheckPageAsync(page, "check-in-form");
        await page.GetByLabel("Niet zo goed").CheckAsync();
        await page.GetByLabel("Ik slaap slecht of pieker veel").CheckAsync();
        await page.GetByLabel("Ja, bel mij").CheckAsync();
        await page.GetByLabel("Telefoonnummer").FillAsync("06 1234 5678");
        await page.GetByLabel("Ja", new PageGetByLabelOptions { Exact = true }).CheckAsync();
        await page.GetByLabel("Ik heb betaald werk").CheckAsync();
        await page.GetByLabel("Zeg ik liever niet").CheckAsync();
        await page.GetByLabel("Wilt u nog iets zeggen?").FillAsync("Het gaat net.");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Versturen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Dank u wel");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("mantelzorgconsulent neemt contact");
        await BrowserFixture.CheckPageAsync(page, "check-in-thanks");
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var stored = await connection.QuerySingleAsync<(int Wellbeing, string[] Signals, string ContactWish, string Phone, long Referrals)>("""
            select i.wellbeing, i.signals, i.contact_wish, i.phone, (select count(*) from referrals f where f.check_in_id = i.id)
            from check_ins i join schemes s on s.id = i.scheme_id where s.municipality_code = @municipality
            """, new { municipality });
        Assert.Equal((2, "phone", "06 1234 5678", 1L), (stored.Wellbeing, stored.ContactWish, stored.Phone, stored.Referrals));
        Assert.Equal(["sleepAndWorry"], stored.Signals);
        var (groups, background) = await connection.QuerySingleAsync<(string[], string)>("""
            select a.target_groups, a.background from caregiver_year_answers a join schemes s on s.id = a.scheme_id
            where s.municipality_code = @municipality
            """, new { municipality });
        Assert.Equal(["working"], groups);
        Assert.Equal("preferNotToSay", background);
    }

    [Fact]
    public async Task CheckIn_SentHalfFilledIn_ComesBackFilledIn_WithWhatIsMissingBesideEachQuestion_AndStoresNothingUntilSentWhole()
    {
        var (municipality, url) = await CheckInLinkAsync();
        var (context, page) = await app.OpenAsync(url);
        await using var _ = context;

        await page.GetByLabel("Ik heb vaak tijdsdruk").CheckAsync();
        await page.GetByLabel("Wilt u nog iets zeggen?").FillAsync("Later meer.");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Versturen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nog niet alles is ingevuld");
        await Assertions.Expect(page.GetByRole(AriaRole.Main).Locator("li").First).ToContainTextAsync("Kies een getal van 1");
        await Assertions.Expect(page.Locator("#wellbeing-error")).ToContainTextAsync("Kies een getal van 1");
        await Assertions.Expect(page.Locator("#contactWish-error")).ToContainTextAsync("mantelzorgconsulent");
        await Assertions.Expect(page.GetByLabel("Ik heb vaak tijdsdruk")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Wilt u nog iets zeggen?")).ToHaveValueAsync("Later meer.");
        await BrowserFixture.CheckPageAsync(page, "check-in-errors");
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        const string Answered = """
            select i.answered_at is not null from check_ins i join schemes s on s.id = i.scheme_id where s.municipality_code = @municipality
            """;
        Assert.False(await connection.QuerySingleAsync<bool>(Answered, new { municipality }));

        await page.GetByLabel("Redelijk goed").CheckAsync();
        await page.GetByLabel("Nee, nu niet").CheckAsync();
        await page.GetByLabel("Nee", new PageGetByLabelOptions { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Dank u wel"); // the form that came back sends
        Assert.True(await connection.QuerySingleAsync<bool>(Answered, new { municipality }));
    }

    [Fact]
    public async Task Consent_WithdrawnWithTheButton_EmptiesTheRegister()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = ContactHelpers.CaregiverApplies(municipality, consent: true);
        await app.Anonymous().PostAsJsonAsync("/api/requests", body);
        var mail = (await app.MailsAsync("request-received", (string)body["caregivers"]![0]!["email"]!))[0];
        var (context, page) = await app.OpenAsync(ContactHelpers.PathOf((string)mail.Model["withdrawUrl"]!));
        await using var _ = context;

        await BrowserFixture.CheckPageAsync(page, "consent-question");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Nee, liever niet (meer)" }).ClickAsync();

        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("We nemen geen contact meer met u op.");
        await BrowserFixture.CheckPageAsync(page, "consent-withdrawn");
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var entry = await connection.QuerySingleAsync<(string Consent, string? Name)>(
            "select consent, name from caregiver_register where municipality_code = @municipality", new { municipality });
        Assert.Equal(("withdrawn", (string?)null), entry);
    }

    [Fact]
    public async Task CoSign_ConfirmedWithTheButton_MakesTheRequestReceived()
    {
        var scheme = Bodies.Scheme();
        scheme["coSignRequired"] = true;
        var municipality = await app.CreateSchemeAsync(scheme);
        var body = Bodies.Request(municipality);
        body["submittedBy"] = "caregiver";
        var id = (string)(await (await app.Anonymous().PostAsJsonAsync("/api/requests", body)).ReadJsonAsync())["id"]!;
        var mail = (await app.MailsAsync("co-sign", (string)body["recipient"]!["email"]!))[0];
        var (context, page) = await app.OpenAsync(ContactHelpers.PathOf((string)mail.Model["confirmUrl"]!));
        await using var _ = context;

        await BrowserFixture.CheckPageAsync(page, "co-sign-question");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Ja, ik bevestig de aanvraag" }).ClickAsync();

        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("De aanvraag is bevestigd.");
        await BrowserFixture.CheckPageAsync(page, "co-sign-confirmed");
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal("received", await connection.QuerySingleAsync<string>("select status from requests where id = @id", new { id = Guid.Parse(id) }));
    }

    private async Task<(string Municipality, string Url)> CheckInLinkAsync()
    {
        var (municipality, body) = await app.CheckInSentAsync();
        var mail = (await app.MailsAsync("check-in", (string)body["caregivers"]![0]!["email"]!))[0];
        return (municipality, ContactHelpers.PathOf((string)mail.Model["checkInUrl"]!));
    }
}
