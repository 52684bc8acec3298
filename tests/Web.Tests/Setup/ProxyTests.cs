using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Setup;

/// <summary>
/// Behind the reverse proxy that ends TLS: the scheme it forwards is believed from the proxies in
/// the settings only, and the dashboard's token cookie is Secure outside Development whatever the
/// scheme looks like.
/// </summary>
public sealed class ProxyTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly IPAddress Proxy = IPAddress.Parse("10.20.30.40");
    private static readonly IPAddress Stranger = IPAddress.Parse("10.20.30.99");

    [Fact]
    public async Task ForwardedHttps_FromTheKnownProxy_IsTheRequestsScheme()
    {
        using var factory = BehindProxy();

        var context = await DashboardAsync(factory, Proxy);

        Assert.True(context.Response.Headers.ContainsKey("Strict-Transport-Security")); // HSTS only answers https
        Assert.Contains("secure", SetCookie(context), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ForwardedHttps_FromAnotherAddress_IsIgnored_ButTheCookieIsStillSecure()
    {
        using var factory = BehindProxy();

        var context = await DashboardAsync(factory, Stranger);

        Assert.False(context.Response.Headers.ContainsKey("Strict-Transport-Security"));
        var cookie = SetCookie(context);
        Assert.Contains("waardering_dashboard=", cookie);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private WebApplicationFactory<Program> BehindProxy() =>
        app.Factory.WithWebHostBuilder(web => web.UseSetting("Proxy:KnownProxies:0", Proxy.ToString()));

    /// <summary>Opens the dashboard with an admin's token, over http from <paramref name="from"/>, saying the client used https.</summary>
    private static Task<HttpContext> DashboardAsync(WebApplicationFactory<Program> factory, IPAddress from) =>
        factory.Server.SendAsync(context =>
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.Scheme = "http";
            context.Request.Host = new HostString("waardering.example.org"); // HSTS leaves localhost out
            context.Request.Path = "/hangfire";
            context.Request.QueryString = new QueryString($"?access_token={WebAppFixture.Token("admin")}");
            context.Request.Headers["X-Forwarded-Proto"] = "https";
            context.Request.Headers["X-Forwarded-For"] = "203.0.113.7";
            context.Connection.RemoteIpAddress = from;
        });

    private static string SetCookie(HttpContext context) => context.Response.Headers.SetCookie.ToString();
}
