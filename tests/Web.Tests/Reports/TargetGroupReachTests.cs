using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using NodaTime;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;
using static Waardering.Web.Tests.Reports.ContactReportTests;

namespace Waardering.Web.Tests.Reports;

/// <summary>
/// Reach per group as the plan means it (DOMAIN.md "Who the caregivers are"): what a caregiver
/// answers belongs to that year's check-in, a non-Western background is a group while "prefer not
/// to say" is counted apart, young is under 25 and older is over 65.
/// </summary>
public sealed class TargetGroupReachTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task AnswerInALaterYear_LeavesLastYearsReachAsItWas()
    {
        var municipality = await app.CreateSchemeAsync(year: 2025);
        await app.As("admin").PutAsJsonAsync($"/api/schemes/{municipality}/2026", Bodies.Scheme(2026));
        var name = $"Fatima {Guid.NewGuid():N}";
        // The same address both years: an application that names another one changes the register
        // only once the address on file confirms it.
        var email = $"{Guid.NewGuid():N}@example.org";

        await AnswerInYearAsync(municipality, name, email, 2025, ["working"], "nonWestern");
        var lastYearBefore = await ReportAsync(municipality, 2025);
        await AnswerInYearAsync(municipality, name, email, 2026, ["mentalIllness"], "preferNotToSay");
        var lastYearAfter = await ReportAsync(municipality, 2025);
        var thisYear = await ReportAsync(municipality, 2026);

        Assert.Equal((1, 0), Reach(lastYearBefore, "targetGroup", "working"));
        Assert.Equal((1, 0), Reach(lastYearBefore, "targetGroup", "nonWesternBackground"));
        Assert.Equal(lastYearBefore["reach"]!.ToJsonString(), lastYearAfter["reach"]!.ToJsonString());
        Assert.Equal((0, 1), Reach(thisYear, "targetGroup", "working"));
        Assert.Equal((1, 0), Reach(thisYear, "targetGroup", "mentalIllness"));
        Assert.Equal((0, 1), Reach(thisYear, "targetGroup", "nonWesternBackground"));
        // "Zeg ik liever niet" is counted apart, and is no group.
        Assert.Equal((1, 0), Reach(thisYear, "background", "preferNotToSay"));
        Assert.Equal((0, 1), Reach(thisYear, "background", "nonWestern"));
        Assert.DoesNotContain(thisYear["reach"]!.AsArray(), r => (string)r!["group"]! == "familiezorg");
    }

    [Fact]
    public async Task CheckIn_RefusesFamiliezorgAsAGroup_AndAnUnknownBackground()
    {
        var (municipality, body) = await app.CheckInSentAsync();
        var token = await app.CheckInTokenAsync((string)body["caregivers"]![0]!["email"]!);
        var answer = ContactHelpers.Answer(token);
        answer["targetGroups"] = new JsonArray("familiezorg");
        answer["background"] = "western";

        var response = await app.Anonymous().PostAsJsonAsync("/api/check-ins", answer);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["background", "targetGroups"], (await response.ErrorFieldsAsync()).Order());
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.True(await connection.QuerySingleAsync<bool>("""
            select i.answered_at is null from check_ins i join schemes s on s.id = i.scheme_id where s.municipality_code = @municipality
            """, new { municipality })); // nothing stored
    }

    [Fact]
    public async Task AgeBands_YoungIsUnder25_OlderIsOver65()
    {
        var municipality = await app.CreateSchemeAsync();
        app.Clock.Reset(Instant.FromUtc(2026, 10, 15, 10, 0));
        // Ages on the day of the request: 24, 25, 65 and 66.
        string[] birthDates = ["2001-10-16", "2001-10-15", "1961-10-15", "1960-10-15"];
        foreach (var pair in birthDates.Chunk(2))
        {
            var request = Bodies.Request(municipality, caregivers: 2);
            request["caregivers"]![0]!["birthDate"] = pair[0];
            request["caregivers"]![1]!["birthDate"] = pair[1];
            Assert.Equal(HttpStatusCode.Created, (await app.Anonymous().PostAsJsonAsync("/api/requests", request)).StatusCode);
        }

        var report = await ReportAsync(municipality, 2026);

        Assert.Equal((1, 0), Reach(report, "ageBand", "under25"));
        Assert.Equal((2, 0), Reach(report, "ageBand", "from25To65"));
        Assert.Equal((1, 0), Reach(report, "ageBand", "over65"));
    }

    /// <summary>The same caregiver (name and birth date) applies in a year, is paid, and answers that year's check-in.</summary>
    private async Task AnswerInYearAsync(string municipality, string name, string email, int year, string[] groups, string background)
    {
        app.Clock.Reset(Instant.FromUtc(year, 10, 5, 10, 0));
        var body = ContactHelpers.CaregiverApplies(municipality, consent: true, caregiverName: name, year: year);
        body["caregivers"]![0]!["email"] = email;
        await app.SubmitAndPayAsync(municipality, body, year);
        app.Clock.Advance(Duration.FromDays(42));
        await app.RunCheckInCycleAsync();
        // This year's check-in: the newest mailed to the address.
        var answer = ContactHelpers.Answer(ContactHelpers.TokenOf((string)(await app.MailsAsync("check-in", email))[^1].Model["checkInUrl"]!));
        answer["targetGroups"] = new JsonArray(groups.Select(g => (JsonNode)g).ToArray());
        answer["background"] = background;
        Assert.Equal(HttpStatusCode.NoContent, (await app.Anonymous().PostAsJsonAsync("/api/check-ins", answer)).StatusCode);
    }

    private async Task<JsonObject> ReportAsync(string municipality, int year) =>
        await (await app.As("policy").GetAsync($"/api/reports/{municipality}/{year}/contact")).ReadJsonAsync();
}
