using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using NodaTime;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Staff.Dashboard;

/// <summary>The data of the reach and contactmoment panels, made through the API as citizens, officers and caregivers would.</summary>
public static class ReachScenario
{
    /// <summary>
    /// 2025: one young caregiver (under 25), on the web. 2026: a request on the web with a caregiver
    /// of 46 and one of 71; one entered at the counter with a caregiver of 22; a caregiver of 56 who
    /// applies herself, is paid and answers the check-in with heavy overload and a wish for contact.
    /// </summary>
    public static async Task<string> CreateAsync(WebAppFixture app)
    {
        var municipality = await app.CreateSchemeAsync(year: 2025);
        Assert.Equal(HttpStatusCode.Created, (await app.As("admin").PutAsJsonAsync($"/api/schemes/{municipality}/2026", Bodies.Scheme(2026))).StatusCode);
        app.Clock.Reset(Instant.FromUtc(2025, 10, 2, 10, 0));
        await SubmitAsync(app.Anonymous(), Request(municipality, 2025, "2005-03-01"));
        app.Clock.Reset(Instant.FromUtc(2026, 10, 3, 10, 0));
        await SubmitAsync(app.Anonymous(), Request(municipality, 2026, "1980-04-01", "1955-06-01"));
        var counter = Request(municipality, 2026, "2004-01-01");
        counter["channel"] = "counter";
        await SubmitAsync(app.As("officer", "Bea Balie", [municipality]), counter);
        var applied = ContactHelpers.CaregiverApplies(municipality, consent: true);
        await app.SubmitAndPayAsync(municipality, applied);
        app.Clock.Advance(Duration.FromDays(42));
        await app.RunCheckInCycleAsync();
        await AnswerAsync(app, applied, ContactHelpers.Answer(null, wellbeing: 1, contactWish: "mail", null, "noFreeTime", "timePressure"));
        return municipality;
    }

    /// <summary>A request whose caregivers have these birth dates and names of their own (the register would merge equal ones).</summary>
    public static JsonObject Request(string municipality, int year, params string[] birthDates)
    {
        var body = Bodies.Request(municipality, year, caregivers: birthDates.Length);
        for (var i = 0; i < birthDates.Length; i++)
        {
            body["caregivers"]![i]!["birthDate"] = birthDates[i];
            body["caregivers"]![i]!["name"] = $"Mantelzorger {Guid.NewGuid():N}";
        }

        return body;
    }

    public static async Task AnswerAsync(WebAppFixture app, JsonObject applied, JsonObject answer)
    {
        answer["token"] = await app.CheckInTokenAsync((string)applied["caregivers"]![0]!["email"]!);
        Assert.Equal(HttpStatusCode.NoContent, (await app.Anonymous().PostAsJsonAsync("/api/check-ins", answer)).StatusCode);
    }

    /// <summary>The numbers in a chart's table, row by row: the row's heading and its cells as shown.</summary>
    public static async Task<IReadOnlyList<string>> RowAsync(IPage page, string chartId, string heading)
    {
        var row = page.Locator($"figure[aria-labelledby='chart-{chartId}'] tbody tr", new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = heading, Exact = true }) });
        return await row.Locator("td").AllInnerTextsAsync();
    }

    private static async Task SubmitAsync(HttpClient client, JsonObject body) =>
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/requests", body)).StatusCode);
}
