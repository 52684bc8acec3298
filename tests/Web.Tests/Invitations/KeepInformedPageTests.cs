using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Invitations;

/// <summary>The support organisation finds the keep-informed list beside its referrals and downloads it in the browser.</summary>
public sealed class KeepInformedPageTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Support_DownloadsTheListFromTheReferralsPage()
    {
        var (municipality, body) = await app.CheckInSentAsync();
        var email = (string)body["caregivers"]![0]!["email"]!;
        var token = await app.CheckInTokenAsync(email);
        Assert.Equal(HttpStatusCode.NoContent, (await app.Anonymous().PostAsJsonAsync("/api/check-ins", ContactHelpers.Answer(token))).StatusCode);
        var (context, page) = await app.OpenAsync($"/staff/referrals?municipality={municipality}",
            WebAppFixture.Token("support", "Sanne Steunpunt", [municipality]));
        await using var _ = context;
        await BrowserFixture.CheckPageAsync(page, "staff-referrals-keep-informed");

        var href = await page.GetByRole(AriaRole.Link, new() { Name = $"Download de lijst van {municipality} (CSV)" }).GetAttributeAsync("href");

        var text = await (await context.APIRequest.GetAsync(href!)).TextAsync();
        Assert.Equal(["Name,Email,Language", $"{body["caregivers"]![0]!["name"]},{email},nl"],
            text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
