using System.Net.Http.Json;
using Dapper;
using Microsoft.Playwright;
using NodaTime;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.MyRequests;

/// <summary>
/// The citizen's DigiD session: theirs alone (another citizen neither sees nor changes their
/// requests), no staff session, and over two hours after signing in however busy.
/// </summary>
public sealed class SignedInSessionTests(DigidFixture app) : ClockPinnedTests(app.Clock), IClassFixture<DigidFixture>
{
    /// <summary>A request that names the citizen as the recipient is theirs too; another citizen neither sees it nor can withdraw it.</summary>
    [Fact]
    public async Task ARequestNamingTheRecipient_IsOnTheirPage_AndNotOnAnotherCitizens_WhoCannotWithdrawIt()
    {
        var municipality = await app.DigidSchemeAsync();
        var body = Bodies.Request(municipality);
        body["recipient"]!["bsn"] = app.BsnOf("burger");
        var answer = await (await app.Anonymous().PostAsJsonAsync("/api/requests", body)).ReadJsonAsync();
        var (id, reference) = ((string)answer["id"]!, (string)answer["reference"]!);

        var (named, namedPage) = await app.SignedInAsync("burger");
        await using (named)
        {
            await Assertions.Expect(namedPage.GetByRole(AriaRole.Main)).ToContainTextAsync(reference);
            await Assertions.Expect(namedPage.GetByRole(AriaRole.Main)).ToContainTextAsync("In deze aanvraag staat u als zorgvrager.");
        }

        var (other, page) = await app.SignedInAsync("buur");
        await using var _ = other;
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(reference);
        await page.GotoAsync($"/my-requests/{id}/withdraw");
        Assert.Equal(new Uri(app.BaseAddress, "/my-requests").ToString(), page.Url);
        // A form of their own, with their own valid anti-forgery token, posted at the other's request.
        await page.EvaluateAsync("""
            id => { const f = document.querySelector('form'); f.action = `/my-requests/${id}/withdraw`; f.submit(); }
            """, id);
        await page.WaitForURLAsync(u => u.Contains("done=", StringComparison.Ordinal));
        Assert.EndsWith("done=decided", page.Url);
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal("received", await connection.QuerySingleAsync<string>("select status from requests where id = @id", new { id = Guid.Parse(id) }));
    }

    /// <summary>However busy, a citizen's session ends 120 minutes after signing in (Citizens:Oidc:AbsoluteMinutes).</summary>
    [Fact]
    public async Task TheSession_EndsTwoHoursAfterSigningIn()
    {
        var (context, page) = await app.SignedInAsync("buur");
        await using var _ = context;

        // Used every ten minutes, so the idle limit never ends it.
        for (var minutes = 10; minutes < 120; minutes += 10)
        {
            Clock.Advance(Duration.FromMinutes(10));
            await page.GotoAsync("/my-requests");
        }

        Clock.Advance(Duration.FromMinutes(9));
        await page.GotoAsync("/my-requests");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Uitloggen" })).ToBeVisibleAsync();
        Clock.Advance(Duration.FromMinutes(2));
        await page.GotoAsync("/my-requests");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Inloggen met DigiD" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "my-requests-sign-in");
        await page.GotoAsync("/my-requests?lang=en");
        await BrowserFixture.CheckPageAsync(page, "my-requests-sign-in-english");
    }

    /// <summary>A citizen's session ends after 15 minutes without use (Citizens:Oidc:IdleMinutes), and use keeps it going.</summary>
    [Fact]
    public async Task TheSession_EndsAfterFifteenIdleMinutes()
    {
        var (context, page) = await app.SignedInAsync("buur");
        await using var _ = context;

        Clock.Advance(Duration.FromMinutes(14));
        await page.GotoAsync("/my-requests");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Uitloggen" })).ToBeVisibleAsync();
        Clock.Advance(Duration.FromMinutes(14));
        await page.GotoAsync("/my-requests");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Uitloggen" })).ToBeVisibleAsync();
        Clock.Advance(Duration.FromMinutes(16));
        await page.GotoAsync("/my-requests");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Inloggen met DigiD" })).ToBeVisibleAsync();
    }

    /// <summary>The citizen's session is no staff session: the back office still asks staff to sign in, and the API answers 401.</summary>
    [Fact]
    public async Task ACitizensSession_OpensNoStaffPage_AndNoApi()
    {
        var (context, page) = await app.SignedInAsync("burger");
        await using var _ = context;
        await BrowserFixture.CheckPageAsync(page, "my-requests-empty-or-list");

        await page.GotoAsync("/staff/account");
        Assert.StartsWith(new Uri(app.ProviderAddress, "/connect/authorize").ToString(), page.Url);
        Assert.Contains($"client_id={BrowserFixture.ClientId}", page.Url);
        var api = await page.APIRequest.GetAsync("/api/schemes/GM0402/2026/amount-history");
        Assert.Equal(401, api.Status);
    }
}
