using System.Net;
using System.Net.Http.Headers;
using System.Web;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Auth;

/// <summary>
/// One authorization model, two ways in: a page under /staff without a bearer header starts the
/// OpenID Connect sign-in; the API, and any request with a bearer token, keeps answering 401 or
/// serving the token's holder as before.
/// </summary>
public sealed class StaffSchemeTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AnonymousStaffPage_RedirectsToTheProvider_WithPkce_WhileTheApiAnswers401()
    {
        using var client = NoRedirects();

        var page = await client.GetAsync("/staff/account");
        var api = await client.GetAsync($"/api/requests/{Guid.NewGuid()}/history");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        var location = page.Headers.Location!;
        Assert.StartsWith(new Uri(app.ProviderAddress, "/connect/authorize").ToString(), location.ToString());
        var query = HttpUtility.ParseQueryString(location.Query);
        Assert.Equal(("code", "S256", BrowserFixture.ClientId), (query["response_type"], query["code_challenge_method"], query["client_id"]));
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Null(api.Headers.Location);
    }

    [Fact]
    public async Task BearerToken_StillServesTheApi_AndTheSamePoliciesOnAStaffPage()
    {
        var municipality = app.NewMunicipality();
        using var client = NoRedirects();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            WebAppFixture.Token("officer", "Tessa Token", [municipality]));

        var api = await client.GetAsync($"/api/requests?municipality={municipality}&year=2026");
        var account = await client.GetStringAsync("/staff/account");

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Contains("Tessa Token", account);
        Assert.Contains(municipality, account);
    }

    /// <summary>The sign-out form's answer is a redirect to the provider: the staff pages' form-action allows exactly that origin.</summary>
    [Fact]
    public async Task StaffPages_MayPostTheirFormsOnlyToTheServiceAndTheProvider()
    {
        using var client = NoRedirects();

        var response = await client.GetAsync("/staff/account");

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains($"form-action 'self' {app.ProviderAddress.GetLeftPart(UriPartial.Authority)};", policy);
    }

    private HttpClient NoRedirects() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.BaseAddress };
}
