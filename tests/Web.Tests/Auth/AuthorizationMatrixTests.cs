using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Auth;

/// <summary>
/// Every staff route, read from the app's own route table (so a new one is covered the day it is
/// added), called without a token, with a citizen's status token and with each wrong role.
/// </summary>
public sealed class AuthorizationMatrixTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly Dictionary<string, string[]> AllowedRoles = new()
    {
        ["admin"] = ["admin"],
        ["case-work"] = ["officer", "admin"],
        ["budget"] = ["policy", "admin"],
        ["budget-read"] = ["policy", "admin", "auditor"],
        ["support"] = ["support"],
        ["audit"] = ["auditor", "admin"],
    };

    private static readonly string[] StaffRoles = Waardering.Web.Auth.Roles.All;

    [Fact]
    public async Task StaffRoutes_WithoutTheRightRole_AreRefused()
    {
        var routes = StaffRoutes().ToList();
        var failures = new List<string>();
        foreach (var (method, path, policy) in routes)
        {
            var url = Concrete(path);
            var citizen = app.Anonymous();
            citizen.DefaultRequestHeaders.Add("X-Status-Token", "een-geldig-lijkend-token-van-een-burger");
            Expect(failures, method, path, "anonymous", HttpStatusCode.Unauthorized, await SendAsync(app.Anonymous(), method, url));
            Expect(failures, method, path, "citizen token", HttpStatusCode.Unauthorized, await SendAsync(citizen, method, url));
            foreach (var role in StaffRoles.Except(AllowedRoles[policy]))
            {
                Expect(failures, method, path, role, HttpStatusCode.Forbidden, await SendAsync(app.As(role), method, url));
            }
        }

        Assert.True(routes.Count >= 20, $"only {routes.Count} staff routes found");
        Assert.Empty(Policies().Except(AllowedRoles.Keys)); // a new policy is added to the matrix, not skipped
        Assert.Empty(failures);
    }

    private IEnumerable<(string Method, string Path, string Policy)> StaffRoutes() =>
        app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
                .Select(m => (Method: m, Path: "/" + e.RoutePattern.RawText!.TrimStart('/'),
                    Policy: e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault())))
            .Where(r => r.Policy is not null && AllowedRoles.ContainsKey(r.Policy))
            .Select(r => (r.Method, r.Path, r.Policy!))
            .Distinct();

    private IEnumerable<string> Policies() =>
        app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .SelectMany(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>()).Select(a => a.Policy).OfType<string>().Distinct();

    private static void Expect(List<string> failures, string method, string path, string who, HttpStatusCode expected, HttpResponseMessage actual)
    {
        if (actual.StatusCode != expected)
        {
            failures.Add($"{method} {path} as {who}: {(int)actual.StatusCode}, expected {(int)expected}");
        }
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = method is "GET" ? null : new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
        });

    private static string Concrete(string path) => path
        .Replace("{municipality}", "GM0402").Replace("{year:int}", "2026").Replace("{id:guid}", Guid.NewGuid().ToString())
        .Replace("{code}", "waardering").Replace("{endToEndId}", "E2E-1").Replace("{position:int}", "1");
}
