using System.Net;
using System.Net.Http.Json;
using NodaTime;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Requests;

/// <summary>
/// Hilversum's window, 1 October to 31 December, in Amsterdam time: both days count in full.
/// This class moves the clock, so it has a fixture (and host) of its own.
/// </summary>
public sealed class WindowTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("2026-09-30T21:59:59Z", HttpStatusCode.UnprocessableEntity)] // 30 Sep 23:59:59 CEST
    [InlineData("2026-09-30T22:00:00Z", HttpStatusCode.Created)]             // 1 Oct 00:00 CEST
    [InlineData("2026-12-31T22:59:59Z", HttpStatusCode.Created)]             // 31 Dec 23:59:59 CET
    [InlineData("2026-12-31T23:00:00Z", HttpStatusCode.UnprocessableEntity)] // 1 Jan 00:00 CET
    public async Task Submit_AtTheWindowsEdges_FollowsAmsterdamDates(string instant, HttpStatusCode expected)
    {
        var municipality = await app.CreateSchemeAsync();
        app.Clock.Reset(NodaTime.Text.InstantPattern.ExtendedIso.Parse(instant).Value);

        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", Bodies.Request(municipality));

        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.Created)
        {
            Assert.Contains("year", await response.ErrorFieldsAsync());
            Assert.Equal(0, await app.RequestsOfAsync(municipality));
        }
    }

    [Fact]
    public async Task GetScheme_OutsideTheWindow_ShowsItClosed()
    {
        var municipality = await app.CreateSchemeAsync();
        app.Clock.Reset(Instant.FromUtc(2026, 6, 1, 12, 0));

        var scheme = await (await app.Anonymous().GetAsync($"/api/schemes/{municipality}/2026")).ReadJsonAsync();

        Assert.False((bool?)scheme["isOpen"]);
    }
}
