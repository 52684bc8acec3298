using System.Net;
using System.Security.Claims;
using Waardering.DevIdentity;
using Waardering.Web.Auth;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Auth;

/// <summary>Without an identity provider configured (Auth:Oidc:Authority), as in this fixture.</summary>
public sealed class StaffSignInNotConfiguredTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task StaffPage_SaysSignInIsNotConfigured_With503_AndTheApiStill401()
    {
        var page = await app.Anonymous().GetAsync("/staff/account");
        var api = await app.Anonymous().GetAsync($"/api/requests/{Guid.NewGuid()}/history");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("Inloggen is niet ingesteld", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    /// <summary>Four eyes compare subjects: whoever the provider sends without one gets no session.</summary>
    [Fact]
    public void ProviderPrincipalWithoutTheSubjectClaim_GetsNoSession()
    {
        var names = new OidcClaimNames { Subject = "oid" };
        var provider = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "x"), new Claim("name", "Zonder Oid"), new Claim("role", "officer")], "oidc"));

        Assert.Null(StaffClaims.FromProvider(provider, names, "test"));
        Assert.NotNull(StaffClaims.FromProvider(provider, new OidcClaimNames(), "test"));
    }

    [Fact]
    public void DevelopmentProvider_RefusesToStartOutsideDevelopment()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => DevIdentityHost.Build(["--environment", "Production"]));

        Assert.Contains("only runs in Development", refused.Message);
    }
}
