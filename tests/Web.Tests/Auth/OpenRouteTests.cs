using System.Net;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Auth;

/// <summary>
/// The routes anyone may call are the ones listed here, marked AllowAnonymous; every other
/// endpoint, and every address that matches none, is closed to a caller without a staff token.
/// </summary>
public sealed class OpenRouteTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    /// <summary>
    /// Citizens' API and pages (their tokens are checked by the handler), the scheme's public view,
    /// the health check, the API's description with its reference page, and the page that says a
    /// staff member has signed out. A route added here is
    /// opened deliberately; <see cref="AuthorizationMatrixTests"/> fails for an open route not listed.
    /// </summary>
    public static readonly string[] Routes =
    [
        "* /health",
        "* /health/live",
        "* /health/ready",
        "* /health/worker",
        "GET /api/schemes/{municipality}/{year:int}",
        "POST /api/requests",
        "GET /api/requests/{id:guid}/co-signature",
        "POST /api/requests/{id:guid}/co-signature",
        "GET /co-sign",
        "POST /co-sign",
        "GET /check-in/code",
        "POST /check-in/code",
        "GET /apply/{municipality}/{year:int}",
        "POST /apply/{municipality}/{year:int}",
        "GET /request-status/{id:guid}",
        "GET /check-in",
        "POST /api/check-ins",
        "GET /contact-consent",
        "POST /api/contact-consent",
        "GET /register-change",
        "POST /api/register-change",
        "GET /openapi/{documentName}.json",
        "GET /scalar/{documentName?}",
        "GET /scalar/favicon.svg",
        "GET /scalar/scalar.aspnetcore.js",
        "GET /scalar/scalar.js",
        "GET /nlds/tokens.css",
        "GET /nlds/components.css",
        "GET /theme.css",
        "GET /theme/logo",
        "GET /staff/signed-out",
        "GET /language/{code}",
        // The citizens' DigiD sign-in and their own requests: each handler reads the citizen's session itself.
        "GET /sign-in",
        "POST /sign-out",
        "GET /my-requests",
        "GET /my-requests/{id:guid}/withdraw",
        "POST /my-requests/{id:guid}/withdraw",
        "GET /my-requests/{id:guid}/correct",
        "POST /my-requests/{id:guid}/email",
        "POST /my-requests/{id:guid}/iban",
    ];

    /// <summary>The deny-by-default does not close them: each answers an anonymous caller itself, never 401.</summary>
    [Fact]
    public async Task OpenRoutes_AnswerAnAnonymousCaller()
    {
        var open = RouteTable.Of(app).Where(r => !r.IsStaffRoute).ToList();
        var failures = new List<string>();
        foreach (var route in open)
        {
            var method = route.Method is "*" ? "GET" : route.Method;
            var response = await app.Anonymous().SendAsync(new HttpRequestMessage(new HttpMethod(method), RouteTable.Concrete(route.Path))
            {
                Content = method is "GET" ? null : new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
            });
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                failures.Add($"{route} anonymous: 401");
            }
        }

        Assert.Equal(Routes.Length, open.Count);
        RouteTable.NoFailures(failures);
    }

    /// <summary>
    /// The fallback policy also covers what no endpoint serves: the Hangfire dashboard's address (its
    /// own filter then asks for an admin) and a mistyped one, which so tells nobody whether a route exists.
    /// </summary>
    [Theory]
    [InlineData("/hangfire")]
    [InlineData("/api/no-such-route")]
    [InlineData("/apply")]
    public async Task AddressWithoutARoute_IsRefusedWithoutAToken(string path)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(path)).StatusCode);
        Assert.NotEqual(HttpStatusCode.Unauthorized, (await app.As("admin").GetAsync(path)).StatusCode);
    }
}
