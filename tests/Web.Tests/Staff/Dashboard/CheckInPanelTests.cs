using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Playwright;
using NodaTime;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;
using static Waardering.Web.Tests.Staff.Dashboard.ReachScenario;

namespace Waardering.Web.Tests.Staff.Dashboard;

/// <summary>
/// The contactmoment panel in headless Chromium: check-ins sent and answered, how caregivers are
/// doing, the signals they report and the referrals with their status, in numbers, never a person.
/// </summary>
public sealed class CheckInPanelTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Panel_CountsCheckInsWellbeingSignalsAndReferrals_AndNamesNobody()
    {
        var municipality = await app.CreateSchemeAsync();
        app.Clock.Reset(Instant.FromUtc(2026, 10, 5, 10, 0));
        var caregivers = new List<JsonObject>();
        for (var i = 0; i < 3; i++)
        {
            var applied = ContactHelpers.CaregiverApplies(municipality, consent: true);
            await app.SubmitAndPayAsync(municipality, applied);
            caregivers.Add(applied);
        }

        app.Clock.Advance(Duration.FromDays(42));
        await app.RunCheckInCycleAsync();
        // Heavy overload and a wish to be mailed; a wish to be called at a good wellbeing; the third does not answer.
        await AnswerAsync(app, caregivers[0], ContactHelpers.Answer(null, wellbeing: 1, contactWish: "mail", null, "noFreeTime", "timePressure"));
        await AnswerAsync(app, caregivers[1], ContactHelpers.Answer(null, wellbeing: 4, contactWish: "phone", "0612345678", "timePressure"));
        await SetReferralContactedAsync(municipality, caregivers[1]);

        var (context, page) = await app.OpenAsync($"/staff/dashboard/check-ins?municipality={municipality}&year=2026",
            WebAppFixture.Token("auditor", "Ada Audit", [municipality]));
        await using var _ = context;

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Contactmoment");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("3 contactmomenten verstuurd en 2 beantwoord: 66,7%");
        Assert.Equal(["3", ""], await RowAsync(page, "check-ins", "Verstuurd"));
        Assert.Equal(["2", "66,7%"], await RowAsync(page, "check-ins", "Beantwoord"));
        Assert.Equal(["1", "50,0%"], await RowAsync(page, "check-ins", "Zwaar belast"));
        Assert.Equal(["2", "100,0%"], await RowAsync(page, "check-ins", "Doorverwezen"));
        Assert.Equal(["1", "50,0%"], await RowAsync(page, "wellbeing", "1 Slecht"));
        Assert.Equal(["1", "50,0%"], await RowAsync(page, "wellbeing", "4 Redelijk goed"));
        Assert.Equal(["0", "0,0%"], await RowAsync(page, "wellbeing", "5 Goed"));
        Assert.Equal(["2", "100,0%"], await RowAsync(page, "signals", "Tijdsdruk"));
        Assert.Equal(["1", "50,0%"], await RowAsync(page, "signals", "Geen vrije tijd"));
        Assert.Equal(["1"], await RowAsync(page, "referrals", "Open"));
        Assert.Equal(["1"], await RowAsync(page, "referrals", "Contact opgenomen"));
        Assert.Equal(["2"], await RowAsync(page, "referral-reasons", "Wil contact"));
        Assert.Equal(["1"], await RowAsync(page, "referral-reasons", "Zwaar belast"));
        var text = await page.Locator("main").InnerTextAsync();
        foreach (var caregiver in caregivers)
        {
            Assert.DoesNotContain((string)caregiver["caregivers"]![0]!["name"]!, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Het is soms zwaar", text, StringComparison.Ordinal); // the answers' free text
        await BrowserFixture.CheckPageAsync(page, "staff-dashboard-check-ins");
        var csv = await app.As("policy", "Pim", [municipality]).GetStringAsync($"/staff/dashboard/check-ins/signals.csv?municipality={municipality}&year=2026");
        Assert.Contains("Tijdsdruk,2,100.0", csv, StringComparison.Ordinal);
        var officer = await app.As("officer", "Olga", [municipality]).GetAsync($"/staff/dashboard/check-ins?municipality={municipality}&year=2026");
        Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
    }

    private async Task SetReferralContactedAsync(string municipality, JsonObject applied)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var id = await connection.QuerySingleAsync<Guid>("""
            select f.id from referrals f join check_ins i on i.id = f.check_in_id join request_caregivers c
                on c.request_id = i.request_id and c.position = i.caregiver_position
            where f.municipality_code = @municipality and c.email = @email
            """, new { municipality, email = (string)applied["caregivers"]![0]!["email"]! });
        var response = await app.As("support", "Steunpunt", [municipality]).PostAsJsonAsync($"/api/referrals/{id}/status",
            new JsonObject { ["status"] = "contacted" });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}
