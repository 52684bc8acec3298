using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Waardering.Data.Invitations;
using Waardering.Data.Mail;
using Waardering.Domain;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;
using Waardering.Web.Tests.Letters;

namespace Waardering.Web.Tests.Invitations;

/// <summary>
/// When a new scheme's window opens, last season's applicants and the caregivers who asked to be
/// kept informed are invited once; the support organisation downloads who wants to be kept informed.
/// </summary>
public sealed class SeasonInvitationTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    /// <summary>The 2027 window's first day (Bodies.Scheme: 1 October), in the morning in Amsterdam.</summary>
    private static readonly Instant Opening = Instant.FromUtc(2027, 10, 1, 7, 0);

    [Fact]
    public async Task NewWindow_InvitesApplicantsAndThoseKeptInformed_OncePerPerson()
    {
        var season = await LastSeasonAsync();
        await OpenNextWindowAsync(season.Municipality);

        await RunAsync();
        await RunAsync(); // a rerun, or a second Worker, sends nothing new

        var recipient = Assert.Single(await app.MailsAsync("invitation", season.RecipientEmail));
        Assert.EndsWith($"/apply/{season.Municipality}/2027?lang=en", (string)recipient.Model["applyUrl"]!);
        Assert.Null(recipient.Model["withdrawUrl"]);
        var keptInformed = Assert.Single(await app.MailsAsync("invitation", season.KeptInformedEmail));
        Assert.Contains("/contact-consent?token=", (string)keptInformed.Model["withdrawUrl"]!);
        Assert.Single(await app.MailsAsync("invitation", season.ApplyingCaregiverEmail)); // both an applicant and kept informed
        Assert.Empty(await app.MailsAsync("invitation", season.NoConsentEmail)); // named by a recipient, no consent to contact
    }

    [Fact]
    public async Task NewWindow_InvitesLastSeasonsApplicantWithoutEmail_ByOneLetterInTheirLanguage()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = LetterHelpers.WithoutEmail(Bodies.Request(municipality, recipientName: "Gerrit Papier"));
        body["language"] = "en";
        var id = await app.SubmitAsync(body);
        var noAddress = LetterHelpers.WithoutEmail(ContactHelpers.CaregiverApplies(municipality, consent: false));
        var unreachable = await app.SubmitAsync(noAddress); // a caregiver without e-mail and without an address: nothing can go
        await OpenNextWindowAsync(municipality);

        await RunAsync();
        await RunAsync();

        var letter = Assert.Single(await app.LettersAsync(id), l => l.Template == "invitation");
        Assert.Equal("en", letter.Language);
        Assert.Equal("Gerrit Papier", letter.AddressLines[0]);
        Assert.DoesNotContain(await app.LettersAsync(unreachable), l => l.Template == "invitation");
        var pdf = await app.PrintPdfAsync(municipality, letter.Id);
        LetterHelpers.Save(pdf, "letter-invitation");
        var text = string.Join(" ", LetterHelpers.PagesText(pdf));
        Assert.Contains("You can apply for the 2027 caregiver appreciation", text);
        Assert.Contains($"/apply/{municipality}/2027?lang=en", text);
        Assert.Contains(MailFormat.Date(AmsterdamTime.DateOf(Clock.GetCurrentInstant()), "en"), text); // the service's clock, not the database's
        Assert.Contains("season-invitation-sent", await app.AuditActionsAsync(id));
    }

    [Fact]
    public async Task BeforeTheWindowOpens_NobodyIsInvited()
    {
        var season = await LastSeasonAsync();
        await OpenNextWindowAsync(season.Municipality);
        Clock.Reset(Opening - Duration.FromDays(1));

        await RunAsync();

        Assert.Empty(await app.MailsAsync("invitation", season.RecipientEmail));
    }

    [Fact]
    public async Task SupportOrganisation_DownloadsOnlyTheConsentingWhoWantToBeKeptInformed()
    {
        var season = await LastSeasonAsync();
        using var support = app.As("support", "sanne", [season.Municipality]);

        var response = await support.GetAsync($"/staff/keep-informed.csv?municipality={season.Municipality}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("Name,Email,Language", lines[0]);
        Assert.Equal(new[] { season.ApplyingCaregiverEmail, season.KeptInformedEmail }.Order(), lines[1..].Select(l => l.Split(',')[1]).Order());
        Assert.DoesNotContain(season.NoConsentEmail, string.Join('\n', lines));
        Assert.DoesNotContain(season.RecipientEmail, string.Join('\n', lines));
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal(2, await connection.QuerySingleAsync<int>("""
            select (details ->> 'count')::int from audit_events
            where action = 'keep-informed-downloaded' and actor = 'sanne' and details ->> 'municipality' = @Municipality
            """, new { season.Municipality }));
    }

    [Fact]
    public async Task KeepInformedList_IsNotForOfficersNorForAnotherMunicipality()
    {
        var municipality = await app.CreateSchemeAsync();

        var officer = await app.As("officer", "olaf", [municipality]).GetAsync($"/staff/keep-informed.csv?municipality={municipality}");
        var elsewhere = await app.As("support", "sanne", [app.NewMunicipality()]).GetAsync($"/staff/keep-informed.csv?municipality={municipality}");

        Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    private sealed record Season(string Municipality, string RecipientEmail, string KeptInformedEmail, string ApplyingCaregiverEmail, string NoConsentEmail);

    /// <summary>
    /// 2026: a recipient (in English) names a caregiver who consents by the mail's link and asks to be kept informed; a
    /// caregiver applies, consents and asks it too; a recipient names a caregiver without consent.
    /// </summary>
    private async Task<Season> LastSeasonAsync()
    {
        var municipality = await app.CreateSchemeAsync();
        var first = Bodies.Request(municipality);
        first["language"] = "en";
        var applying = ContactHelpers.CaregiverApplies(municipality, consent: true);
        var noConsent = Bodies.Request(municipality);
        noConsent["caregivers"]![0]!["consentToContact"] = false;
        foreach (var body in new[] { first, applying, noConsent })
        {
            await app.SubmitAndPayAsync(municipality, body);
        }

        // The caregiver the recipient named says yes to contact through the link in their mail.
        var consentUrl = (string)(await app.MailsAsync("request-received", CaregiverEmail(first)))[0].Model["consentUrl"]!;
        Assert.Equal(HttpStatusCode.NoContent, (await app.Anonymous().PostAsJsonAsync("/api/contact-consent",
            new JsonObject { ["token"] = ContactHelpers.TokenOf(consentUrl), ["consent"] = true })).StatusCode);
        Clock.Advance(Duration.FromDays(42));
        await app.RunCheckInCycleAsync();
        foreach (var body in new[] { first, applying })
        {
            var token = await app.CheckInTokenAsync(CaregiverEmail(body));
            Assert.Equal(HttpStatusCode.NoContent, (await app.Anonymous().PostAsJsonAsync("/api/check-ins", ContactHelpers.Answer(token))).StatusCode);
        }

        return new(municipality, (string)first["recipient"]!["email"]!, CaregiverEmail(first), CaregiverEmail(applying), CaregiverEmail(noConsent));
    }

    private async Task OpenNextWindowAsync(string municipality)
    {
        var response = await app.As("admin").PutAsJsonAsync($"/api/schemes/{municipality}/2027", Bodies.Scheme(2027));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Clock.Reset(Opening);
    }

    private Task RunAsync() => app.Factory.Services.GetRequiredService<ISeasonInvitations>().RunAsync(CancellationToken.None);

    private static string CaregiverEmail(JsonObject body) => (string)body["caregivers"]![0]!["email"]!;
}
