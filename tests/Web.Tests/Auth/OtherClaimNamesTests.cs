using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Auth;

/// <summary>
/// A provider that spells the claims otherwise (Entra ID's <c>oid</c> and <c>roles</c>, names of
/// its own for the display name and the municipality), configured in <c>Auth:Oidc:Claims:*</c>.
/// </summary>
public sealed class OtherClaimNamesFixture : BrowserFixture
{
    protected override string UsersFile => Path.Combine(AppContext.BaseDirectory, "Auth", "users-other-claim-names.json");

    protected override void Configure(IWebHostBuilder web)
    {
        base.Configure(web);
        web.UseSetting("Auth:Oidc:Claims:Subject", "oid");
        web.UseSetting("Auth:Oidc:Claims:Name", "display_name");
        web.UseSetting("Auth:Oidc:Claims:Role", "roles");
        web.UseSetting("Auth:Oidc:Claims:Municipality", "gemeente");
    }
}

public sealed class OtherClaimNamesTests(OtherClaimNamesFixture app) : IClassFixture<OtherClaimNamesFixture>
{
    /// <summary>The subject is the configured claim's (oid), not the provider's <c>sub</c>, which differs here.</summary>
    [Fact]
    public async Task ClaimsUnderConfiguredNames_GiveTheRightSubjectRolesAndMunicipalities()
    {
        await using var context = await app.NewContextAsync();

        var page = await app.SignInAsync(context, "ilse");

        var account = page.Locator("dl");
        await Assertions.Expect(account).ToContainTextAsync("Ilse Hoekstra");
        await Assertions.Expect(account).ToContainTextAsync("medewerker, accountant");
        await Assertions.Expect(account).ToContainTextAsync("GM0402, GM0406");
        await Assertions.Expect(account).ToContainTextAsync("6f1c7a52-2c1e-4b8e-9d0a-3f6a1b2c4d5e");
        await Assertions.Expect(account).Not.ToContainTextAsync("pairwise");
    }

    /// <summary>A role the service does not know admits nothing: the staff page says so, as a page, with 403.</summary>
    [Fact]
    public async Task UserWithoutAKnownRole_IsSignedIn_ButSeesNoAccess()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/staff/account");

        var response = await page.RunAndWaitForResponseAsync(
            () => app.LogInAtProviderAsync(page, "jan"), r => r.Url == new Uri(app.BaseAddress, "/staff/account").ToString());

        Assert.Equal(403, response.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Geen toegang");
        await BrowserFixture.CheckPageAsync(page, "staff-forbidden");
    }
}
