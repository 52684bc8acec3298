using System.Net;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Operations;

public sealed class OperationsTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Health_WhenTheDatabaseAnswers_IsOk()
    {
        var response = await app.Anonymous().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesTheContract()
    {
        var response = await app.Anonymous().GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ReadJsonAsync();
        var paths = document["paths"]!.AsObject();
        Assert.True(paths.ContainsKey("/api/requests"));
        Assert.True(paths.ContainsKey("/api/schemes/{municipality}/{year}"));
        Assert.Equal("date", (string?)document["components"]!["schemas"]!["LocalDate"]!["format"]);
        Assert.True(paths["/api/requests"]!["post"]!["responses"]!.AsObject().ContainsKey("409"));
        var required = document["components"]!["schemas"]!["RecipientBody"]!["required"]!.AsArray().Select(n => (string?)n);
        Assert.DoesNotContain("bsn", required);
    }

    [Fact]
    public async Task ApiReferencePage_IsServed()
    {
        var response = await app.Anonymous().GetAsync("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.ToString());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("officer", HttpStatusCode.Forbidden)]
    [InlineData("policy", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.OK)]
    public async Task Dashboard_IsForAdminsOnly(string? role, HttpStatusCode expected)
    {
        var client = role is null ? app.Anonymous() : app.As(role);

        var response = await client.GetAsync("/hangfire");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_WithTokenInTheAddress_KeepsItInAnHttpOnlyCookie()
    {
        // Over https: outside Development the cookie is Secure, and a browser returns it over https only.
        var client = app.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            HandleCookies = true, BaseAddress = new Uri("https://localhost"),
        });

        var first = await client.GetAsync($"/hangfire?access_token={WebAppFixture.Token("admin")}");
        var next = await client.GetAsync("/hangfire/jobs/enqueued");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains(first.Headers.GetValues("Set-Cookie"), c => c.Contains("httponly", StringComparison.OrdinalIgnoreCase)
            && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }
}
