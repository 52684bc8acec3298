using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MimeKit;
using NodaTime;
using Waardering.Testing;
using Waardering.Web.Jobs;
using Waardering.Web.Requests;
using Waardering.Web.Tests.Infrastructure;
using Waardering.Worker;

namespace Waardering.Web.Tests.Contact;

/// <summary>
/// The contactmoment end to end, with the clock pinned and the Worker sending through the real
/// SMTP receiver: payout, the check-in six weeks later, an answer asking for contact, the
/// referral mail to the support organisation, and a withdrawal that stops the next year's mail.
/// </summary>
public sealed partial class ContactmomentScenarioTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    private IHost _worker = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _worker = WorkerHost.Build(WorkerArgs.For(app.Database.ConnectionString, TestEnvironment.SmtpPort),
            NoHangfireLogs.Register);
        await _worker.StartAsync();
    }

    public override async Task DisposeAsync()
    {
        await _worker.StopAsync();
        _worker.Dispose();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task CheckIn_Answer_Referral_Withdrawal()
    {
        var municipality = await app.CreateSchemeAsync();
        var name = $"Mantelzorger {Guid.NewGuid():N}";
        var body = ContactHelpers.CaregiverApplies(municipality, consent: true, caregiverName: name);
        var email = (string)body["caregivers"]![0]!["email"]!;
        await app.SubmitAndPayAsync(municipality, body);

        app.Clock.Advance(Duration.FromDays(42));
        await app.RunCheckInCycleAsync();
        app.Factory.Services.GetRequiredService<JobTriggers>().MailWritten();
        var checkIn = await Maildir.WaitForAsync(email, m => m.Subject == "Hoe gaat het met u?");
        var checkInUrl = Link(checkIn, "check-in");
        var withdrawUrl = Link(checkIn, "contact-consent");

        using var browser = app.Anonymous();
        var page = await browser.GetAsync(checkInUrl);
        var answered = await browser.PostAsync("/api/check-ins", await CitizenForms.ContentAsync(browser, checkInUrl,
        [
            new("token", ContactHelpers.TokenOf(checkInUrl)), new("wellbeing", "3"), new("signals", "timePressure"),
            new("signals", "noFreeTime"), new("contactWish", "phone"), new("phone", "06 1234 5678"),
            new("contactWhen", "Na 19.00 uur"), new("keepInformed", "true"), new("remarks", "Mijn moeder slaapt slecht."),
        ]));
        var referral = await Maildir.WaitForAsync(WebAppFixture.SupportEmail, m => m.TextBody?.Contains(name, StringComparison.Ordinal) == true);
        var open = await app.As("support").GetFromJsonAsync<JsonArray>($"/api/referrals/{municipality}?status=open");
        var contacted = await app.As("support").PostAsJsonAsync($"/api/referrals/{open![0]!["id"]}/status",
            new JsonObject { ["status"] = "contacted" });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("mantelzorgconsulent neemt contact", await answered.Content.ReadAsStringAsync());
        Assert.Contains("06 1234 5678", referral.TextBody);
        Assert.Contains("Na 19.00 uur", referral.TextBody);
        Assert.DoesNotContain("slaapt slecht", referral.TextBody); // free text stays with the municipality
        Assert.DoesNotContain("slaapt slecht", referral.HtmlBody);
        Assert.Equal(HttpStatusCode.NoContent, contacted.StatusCode);

        var withdrawn = await browser.PostAsync("/api/contact-consent", await CitizenForms.ContentAsync(browser, withdrawUrl,
            [new("token", ContactHelpers.TokenOf(withdrawUrl)), new("consent", "false")]));
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);

        // A year on, a recipient names the same caregiver: not asked again, and no check-in.
        app.Clock.Reset(Instant.FromUtc(2027, 10, 5, 10, 0));
        Assert.Equal(HttpStatusCode.Created, (await app.As("admin").PutAsJsonAsync($"/api/schemes/{municipality}/2027", Bodies.Scheme(2027))).StatusCode);
        var nextYear = Bodies.Request(municipality, 2027);
        nextYear["caregivers"]![0]!["name"] = name;
        nextYear["caregivers"]![0]!["email"] = email;
        await app.SubmitAndPayAsync(municipality, nextYear, 2027);
        app.Clock.Advance(Duration.FromDays(42));
        await app.RunCheckInCycleAsync();

        var mailsThisYear = await app.MailsAsync("request-received", email);
        Assert.Null(mailsThisYear[^1].Model["consentUrl"]);
        Assert.Single(await app.MailsAsync("check-in", email)); // only 2026's
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var register = await connection.QuerySingleAsync<(string Consent, string? Name, string? Email)>(
            "select consent, name, email from caregiver_register where municipality_code = @municipality", new { municipality });
        Assert.Equal(("withdrawn", (string?)null, (string?)null), register);
    }

    private static string Link(MimeMessage mail, string path) =>
        new Uri(LinkPattern().Matches(mail.TextBody ?? "").Select(m => m.Value).First(u => u.Contains($"/{path}?", StringComparison.Ordinal)))
            .PathAndQuery;

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
