using System.Net.Http.Json;
using Dapper;
using Microsoft.Playwright;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Staff;

/// <summary>The support organisation's referrals page in headless Chromium: what it shows, what it never shows, and the follow-up.</summary>
public sealed class ReferralPageTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    private const string Phone = "06-12345678";

    [Fact]
    public async Task Support_SeesNamePhoneAndWish_ButNoBsnOrIban_AndRecordsTheCall_OnTheTrailWithTheirSubject()
    {
        var (municipality, body, referral) = await ReferralAsync();
        var name = (string)body["caregivers"]![0]!["name"]!;
        var subject = $"steunpunt-{Guid.NewGuid():N}";
        var (context, page) = await app.OpenAsync($"/staff/referrals?municipality={municipality}",
            SubjectTokens.Token("support", subject, "Sanne Steunpunt", [municipality]));
        await using var _ = context;

        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = name });
        await Assertions.Expect(row).ToContainTextAsync(Phone);
        await Assertions.Expect(row).ToContainTextAsync("Bellen");
        await Assertions.Expect(row).ToContainTextAsync("Dinsdagochtend");
        await Assertions.Expect(row).ToContainTextAsync("Open");
        var html = await page.ContentAsync();
        Assert.DoesNotContain((string)body["recipient"]!["bsn"]!, html, StringComparison.Ordinal);
        Assert.DoesNotContain((string)body["caregivers"]![0]!["iban"]!, html, StringComparison.Ordinal);
        Assert.DoesNotContain((string)body["recipient"]!["name"]!, html, StringComparison.Ordinal);
        Assert.DoesNotContain("€", html, StringComparison.Ordinal);
        await BrowserFixture.CheckPageAsync(page, "staff-referrals");

        await row.GetByRole(AriaRole.Button, new() { Name = "Contact opgenomen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Contact opgenomen");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToContainTextAsync("Contact opgenomen");
        Assert.Contains("done=contacted", page.Url, StringComparison.Ordinal);
        Assert.DoesNotContain(Uri.EscapeDataString(name), page.Url, StringComparison.Ordinal);
        await BrowserFixture.CheckPageAsync(page, "staff-referrals-done");
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal(("contacted", "Sanne Steunpunt"), await connection.QuerySingleAsync<(string, string)>(
            "select status, updated_by from referrals where id = @referral", new { referral }));
        Assert.Equal(1, await connection.QuerySingleAsync<int>("""
            select count(*)::int from audit_events
            where action = 'referral-contacted' and actor_subject = @subject and channel = 'backoffice' and details->>'referral' = @id
            """, new { subject, id = referral.ToString() }));
    }

    [Fact]
    public async Task AStalePage_ThatMovesAClosedReferralBack_SaysWhyAndChangesNothing()
    {
        var (municipality, body, referral) = await ReferralAsync();
        var name = (string)body["caregivers"]![0]!["name"]!;
        var (context, page) = await app.OpenAsync($"/staff/referrals?municipality={municipality}&status=open",
            WebAppFixture.Token("support", "Sanne Steunpunt", [municipality]));
        await using var _ = context;
        (await app.As("support", "collega", [municipality]).PostAsJsonAsync($"/api/referrals/{referral}/status", new { status = "closed" }))
            .EnsureSuccessStatusCode();

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Row).Filter(new() { HasText = name }).GetByRole(AriaRole.Button, new() { Name = "Contact opgenomen" }).ClickAsync(),
            r => r.Request.Method == "POST");

        Assert.Equal(409, response.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Een afgesloten verwijzing gaat niet terug");
        await BrowserFixture.CheckPageAsync(page, "staff-referrals-conflict");
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal("closed", await connection.QuerySingleAsync<string>("select status from referrals where id = @referral", new { referral }));
    }

    [Fact]
    public async Task AnOfficer_IsRefused_AndAnotherMunicipalitysSupportWorker_SeesNoneOfIt()
    {
        var (municipality, body, referral) = await ReferralAsync();

        var (officerContext, officerPage) = await app.OpenAsync($"/staff/referrals?municipality={municipality}",
            WebAppFixture.Token("officer", "Olga Officier", [municipality]));
        await using var _ = officerContext;
        Assert.Equal(403, (await officerPage.ReloadAsync())!.Status);

        var foreign = app.ForeignMunicipality();
        var (context, page) = await app.OpenAsync($"/staff/referrals?municipality={municipality}",
            WebAppFixture.Token("support", "Elders", [foreign]));
        await using var __ = context;
        Assert.Equal(404, (await page.ReloadAsync())!.Status);
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync((string)body["caregivers"]![0]!["name"]!);
        var own = await page.GotoAsync("/staff/referrals");
        Assert.Equal(200, own!.Status);
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync((string)body["caregivers"]![0]!["name"]!);
        using var elders = app.As("support", "Elders", [foreign]);
        var posted = await elders.PostAsync($"/staff/referrals/{referral}/status", await StaffForms.ContentAsync(elders, [("status", "contacted")]));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, posted.StatusCode);
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal("open", await connection.QuerySingleAsync<string>("select status from referrals where id = @referral", new { referral }));
    }

    /// <summary>A caregiver, paid and sent a check-in, asks to be called: the referral's municipality, the request body and its id.</summary>
    private async Task<(string Municipality, System.Text.Json.Nodes.JsonObject Body, Guid Referral)> ReferralAsync()
    {
        var (municipality, body) = await app.CheckInSentAsync();
        var token = await app.CheckInTokenAsync((string)body["caregivers"]![0]!["email"]!);
        (await app.Anonymous().PostAsJsonAsync("/api/check-ins", ContactHelpers.Answer(token, wellbeing: 3, contactWish: "phone", phone: Phone)))
            .EnsureSuccessStatusCode();
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var referral = await connection.QuerySingleAsync<Guid>(
            "select id from referrals where municipality_code = @municipality", new { municipality });
        return (municipality, body, referral);
    }
}
