using System.Net;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Setup;

/// <summary>Every answer, pages, API and errors alike, forbids framing, type sniffing and referrers.</summary>
public sealed class SecurityHeadersTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("/health", HttpStatusCode.OK)]
    [InlineData("/apply/GM9999/2026", HttpStatusCode.NotFound)]
    [InlineData("/api/requests?municipality=GM0402&year=2026", HttpStatusCode.Unauthorized)]
    [InlineData("/api/schemes/XX/2026", HttpStatusCode.BadRequest)]
    public async Task EveryAnswer_CarriesTheSecurityHeaders(string path, HttpStatusCode status)
    {
        var response = await app.Anonymous().GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains("frame-ancestors 'none'", Single(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task CitizenPage_RunsNoScriptAndLoadsNothingFromElsewhere()
    {
        var municipality = await app.CreateSchemeAsync();

        var response = await app.Anonymous().GetAsync($"/apply/{municipality}/2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Directives(Single(response, "Content-Security-Policy"));
        Assert.Equal("'none'", policy["default-src"]);
        Assert.Equal("'none'", policy["script-src"]);
        Assert.Equal("'self'", policy["form-action"]);
        Assert.Equal("'none'", policy["frame-ancestors"]);
        Assert.DoesNotContain("http", policy["style-src"]);
    }

    [Fact]
    public async Task Dashboard_KeepsItsOwnScripts_ButIsNeverFramed()
    {
        var response = await app.Anonymous().GetAsync($"/hangfire?access_token={WebAppFixture.Token("admin")}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("frame-ancestors 'none'", Single(response, "Content-Security-Policy"));
    }

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ') + 1)..]);

    private static string Single(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.TryGetValues(name, out var values) ? values : []);
}
