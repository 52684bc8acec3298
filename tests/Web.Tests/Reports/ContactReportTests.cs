using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Reports;

/// <summary>Reach per age band and target group, requests per week, and check-in outcomes, against the previous year.</summary>
public sealed class ContactReportTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Report_CountsThisYearAgainstLastYear_AndShowsNoPerson()
    {
        var municipality = await app.CreateSchemeAsync(year: 2025);
        await app.As("admin").PutAsJsonAsync($"/api/schemes/{municipality}/2026", Bodies.Scheme(2026));
        // 2025: one young caregiver, in the first week of the window.
        app.Clock.Reset(Instant.FromUtc(2025, 10, 2, 10, 0));
        var young = Bodies.Request(municipality, 2025);
        young["caregivers"]![0]!["birthDate"] = "2005-03-01";
        Assert.Equal(HttpStatusCode.Created, (await app.Anonymous().PostAsJsonAsync("/api/requests", young)).StatusCode);
        // 2026: two caregivers (25-65 and over 65) in week 1, and one in week 3 who answers the check-in with heavy overload.
        app.Clock.Reset(Instant.FromUtc(2026, 10, 3, 10, 0));
        var two = Bodies.Request(municipality, 2026, caregivers: 2);
        two["caregivers"]![1]!["birthDate"] = "1955-06-01";
        Assert.Equal(HttpStatusCode.Created, (await app.Anonymous().PostAsJsonAsync("/api/requests", two)).StatusCode);
        app.Clock.Reset(Instant.FromUtc(2026, 10, 16, 10, 0));
        var applied = ContactHelpers.CaregiverApplies(municipality, consent: true);
        await app.SubmitAndPayAsync(municipality, applied);
        app.Clock.Advance(Duration.FromDays(42));
        await app.RunCheckInCycleAsync();
        var token = ContactHelpers.TokenOf((string)(await app.MailsAsync("check-in", (string)applied["caregivers"]![0]!["email"]!))[0].Model["checkInUrl"]!);
        await app.Anonymous().PostAsJsonAsync("/api/check-ins", ContactHelpers.Answer(token, wellbeing: 1, contactWish: "mail"));

        var response = await app.As("policy").GetAsync($"/api/reports/{municipality}/2026/contact");
        var csv = await app.As("policy").GetStringAsync($"/api/reports/{municipality}/2026/contact/reach.csv");
        var officer = await app.As("officer").GetAsync($"/api/reports/{municipality}/2026/contact");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.ReadJsonAsync();
        Assert.Equal((0, 1), Reach(report, "ageBand", "under25")); // none this year, one last year
        Assert.Equal((2, 0), Reach(report, "ageBand", "from25To65")); // the second request's first caregiver and the applicant
        Assert.Equal((1, 0), Reach(report, "ageBand", "over65"));
        Assert.Equal((1, 0), Reach(report, "targetGroup", "working")); // reported in the check-in
        var weeks = report["requestsPerWeek"]!.AsArray().ToDictionary(w => (int)w!["weekOfWindow"]!, w => ((long)w!["requests"]!, (long)w!["previousYear"]!));
        Assert.Equal((1, 1), weeks[1]);
        Assert.Equal((1, 0), weeks[3]);
        var checkIns = report["checkIns"]!;
        Assert.Equal((1, 1, 100m), ((long)checkIns["sent"]!, (long)checkIns["answered"]!, (decimal)checkIns["responseRatePercent"]!));
        Assert.Equal((1, 100m), ((long)checkIns["heavyOverload"]!, (decimal)checkIns["heavyOverloadSharePercent"]!));
        Assert.Equal(1, (long)checkIns["referralsOpen"]!);
        Assert.DoesNotContain((string)applied["caregivers"]![0]!["name"]!, report.ToJsonString());
        Assert.StartsWith("Dimension,Group,Caregivers,PreviousYear", csv);
        Assert.Contains("ageBand,under25,0,1", csv);
        Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
    }

    internal static (long, long) Reach(JsonObject report, string dimension, string group)
    {
        var row = report["reach"]!.AsArray().Single(r => (string)r!["dimension"]! == dimension && (string)r!["group"]! == group)!;
        return ((long)row["caregivers"]!, (long)row["previousYear"]!);
    }
}
