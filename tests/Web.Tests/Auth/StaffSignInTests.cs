using Microsoft.Playwright;
using NodaTime;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Auth;

/// <summary>
/// Staff sign in to the pages through the real OpenID Connect flow (authorization code with PKCE)
/// at the development identity provider, in headless Chromium: typed, clicked, redirected.
/// </summary>
public sealed class StaffSignInTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task SignIn_AtTheProvider_ShowsTheOfficersNameRolesAndMunicipalities()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/staff/account");
        Assert.StartsWith(new Uri(app.ProviderAddress, "/connect/authorize").ToString(), page.Url);
        await BrowserFixture.CheckPageAsync(page, "dev-identity-login");

        page = await app.SignInAsync(context, "anna");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Uw account");
        var account = page.Locator("dl");
        await Assertions.Expect(account).ToContainTextAsync("Anna de Vries");
        await Assertions.Expect(account).ToContainTextAsync("medewerker");
        await Assertions.Expect(account).ToContainTextAsync("GM0402");
        await Assertions.Expect(account).ToContainTextAsync("dev-anna");
        await BrowserFixture.CheckPageAsync(page, "staff-account");
        var session = Assert.Single(await context.CookiesAsync(), c => c.Name == "waardering-staff");
        Assert.Equal((true, SameSiteAttribute.Lax, "/"), (session.HttpOnly, session.SameSite, session.Path));
    }

    /// <summary>A search posted after the session ended starts the sign-in, and comes back on the queue, not on a POST-only address.</summary>
    [Fact]
    public async Task FormPostedWithoutASession_SignsInAndComesBackOnTheQueue()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/staff/signed-out");

        await page.EvaluateAsync("""
            () => { const f = document.createElement('form'); f.method = 'post'; f.action = '/staff/sign-out'; document.body.append(f); f.submit(); }
            """);
        await page.WaitForURLAsync(u => u.StartsWith(app.ProviderAddress.ToString(), StringComparison.Ordinal));
        // Where the redirects end is what this test holds, not how long the queue takes to load:
        // on a loaded machine that has outlasted the browser's wait.
        await app.LogInAtProviderAsync(page, "anna", waitForLoad: false);

        await page.WaitForURLAsync(new Uri(app.BaseAddress, "/staff").ToString(), new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task WrongPassword_SaysSo_AndSignsNobodyIn()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/staff/account");

        await page.GetByLabel("Gebruikersnaam").FillAsync("anna");
        await page.GetByLabel("Wachtwoord").FillAsync("niet-het-wachtwoord");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Inloggen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("De gebruikersnaam of het wachtwoord klopt niet.");
        await BrowserFixture.CheckPageAsync(page, "dev-identity-login-wrong-password");
        await page.GotoAsync("/staff/account");
        Assert.StartsWith(app.ProviderAddress.ToString(), page.Url);
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == "waardering-staff");
    }

    [Fact]
    public async Task SignOut_EndsTheSession_AndTheNextPageAsksTheProviderAgain()
    {
        await using var context = await app.NewContextAsync();
        var page = await app.SignInAsync(context, "bram");

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Uitloggen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync("U bent uitgelogd");
        Assert.Equal(new Uri(app.BaseAddress, "/staff/signed-out").ToString(), page.Url);
        await BrowserFixture.CheckPageAsync(page, "staff-signed-out");
        await page.GotoAsync("/staff/account");
        Assert.StartsWith(new Uri(app.ProviderAddress, "/connect/authorize").ToString(), page.Url);
    }

    /// <summary>A session slides with use, but ends 10 hours (Auth:Oidc:AbsoluteHours) after signing in however busy it was.</summary>
    [Fact]
    public async Task AbsoluteLimit_EndsASessionThatIsStillInUse()
    {
        await using var context = await app.NewContextAsync();
        var page = await app.SignInAsync(context, "anna");

        Clock.Advance(Duration.FromHours(9) + Duration.FromMinutes(59));
        await page.GotoAsync("/staff/account");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Uw account");

        Clock.Advance(Duration.FromMinutes(2));
        await page.GotoAsync("/staff/account");
        Assert.StartsWith(new Uri(app.ProviderAddress, "/connect/authorize").ToString(), page.Url);
    }
}
