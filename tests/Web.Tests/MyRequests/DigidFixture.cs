using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;
using Waardering.DevIdentity;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.MyRequests;

/// <summary>
/// The browser fixture with the citizens' sign-in configured: the development identity provider
/// stands in for the DigiD broker (its test citizens carry a BSN in the <c>bsn</c> claim), as
/// <c>./scripts/run.sh</c> sets it up.
/// </summary>
public sealed class DigidFixture : BrowserFixture
{
    public const string CitizenClientId = "waardering-citizens";
    private const string CitizenClientSecret = "secret-of-the-tests-citizens";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await DevClient.RegisterAsync(ProviderServices, new DevClient
        {
            ClientId = CitizenClientId,
            ClientSecret = CitizenClientSecret,
            RedirectUris = [new Uri(BaseAddress, "/citizen/signin-oidc").ToString()],
        });
    }

    protected override void Configure(IWebHostBuilder web)
    {
        base.Configure(web);
        web.UseSetting("Citizens:Oidc:Authority", ProviderAddress.ToString());
        web.UseSetting("Citizens:Oidc:ClientId", CitizenClientId);
        web.UseSetting("Citizens:Oidc:ClientSecret", CitizenClientSecret);
        web.UseSetting("Citizens:Oidc:RequireHttpsMetadata", "false");
    }

    /// <summary>A scheme of its own that offers DigiD.</summary>
    public Task<string> DigidSchemeAsync()
    {
        var scheme = Bodies.Scheme();
        scheme["digid"] = "optional";
        return this.CreateSchemeAsync(scheme);
    }

    /// <summary>The test citizen's BSN, as the provider's users file gives it.</summary>
    public string BsnOf(string username) => ProviderUsers.Citizens.Single(c => c.Username == username).Bsn;

    /// <summary>On the provider's login page (reached from a sign-in link): the test citizen's name and password, and the button.</summary>
    public async Task LogInAsCitizenAsync(IPage page, string username)
    {
        var citizen = ProviderUsers.Citizens.Single(c => c.Username == username);
        await page.GetByLabel("Gebruikersnaam").FillAsync(citizen.Username);
        await page.GetByLabel("Wachtwoord").FillAsync(citizen.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Inloggen" }).ClickAsync();
    }

    /// <summary>A fresh browser signed in as the test citizen through the real flow, on "my requests".</summary>
    public async Task<(IBrowserContext Context, IPage Page)> SignedInAsync(string username)
    {
        var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/my-requests");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Inloggen met DigiD" }).ClickAsync();
        await LogInAsCitizenAsync(page, username);
        await page.WaitForURLAsync(new Uri(BaseAddress, "/my-requests").ToString());
        return (context, page);
    }
}
