using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Waardering.Web.Auth;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Auth;

/// <summary>
/// Every staff route, read from the app's own route table (so a new one is covered the day it is
/// added), called without a token, with a citizen's status token, with each wrong role, and with
/// the right role of another municipality.
/// </summary>
public sealed class AuthorizationMatrixTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
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
        foreach (var (method, path, policy, _) in routes)
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

    /// <summary>
    /// Another municipality's request, batch, payment, check-in or referral, and a route with
    /// another municipality's code (in the path, the query or the body), answer 404 to a token with
    /// the right role that does not carry that municipality; the same calls with a token that does
    /// carry it do not, so the ids are real.
    /// </summary>
    [Fact]
    public async Task StaffRoutes_ForAnotherMunicipalitysData_AnswerNotFound()
    {
        var own = await ScopedData.CreateAsync(app);
        var foreign = app.ForeignMunicipality();
        var routes = StaffRoutes().ToList();
        var failures = new List<string>();
        foreach (var (method, path, policy, scope) in routes)
        {
            if (scope is null)
            {
                failures.Add($"{method} {path} declares no MunicipalityScope");
                continue;
            }

            if (scope is MunicipalityScope.Filtered)
            {
                continue; // what these find is tested in MunicipalityScopeTests
            }

            var role = AllowedRoles[policy][0];
            Expect(failures, method, path, $"{role} of {foreign}", HttpStatusCode.NotFound,
                await SendAsync(app.As(role, "vreemd", [foreign]), method, Concrete(path, own, scope), ScopedData.Body(own.Municipality)));
        }

        foreach (var (method, path, policy, scope) in routes.Where(r => r.Scope is not null and not MunicipalityScope.Filtered))
        {
            var own404 = await SendAsync(app.As(AllowedRoles[policy][0]), method, Concrete(path, own, scope!), ScopedData.Body(own.Municipality));
            if (own404.StatusCode == HttpStatusCode.NotFound)
            {
                failures.Add($"{method} {path} answers 404 to its own municipality too: the check above proves nothing");
            }
        }

        Assert.Empty(failures);
    }

    private IEnumerable<(string Method, string Path, string Policy, MunicipalityScope? Scope)> StaffRoutes() =>
        app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
                .Select(m => (Method: m, Path: "/" + e.RoutePattern.RawText!.TrimStart('/'),
                    Policy: e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(),
                    Scope: e.Metadata.GetMetadata<MunicipalityScope>())))
            .Where(r => r.Policy is not null && AllowedRoles.ContainsKey(r.Policy))
            .Select(r => (r.Method, r.Path, r.Policy!, r.Scope))
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

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, JsonObject? body = null) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = method is "GET" ? null : new StringContent(body?.ToJsonString() ?? "{}", System.Text.Encoding.UTF8, "application/json"),
        });

    /// <summary>The route with the scoped data's code or id in the parameter its scope names, and the usual values elsewhere.</summary>
    private static string Concrete(string path, ScopedData data, MunicipalityScope scope)
    {
        var (parameter, value) = scope switch
        {
            MunicipalityScope.Owner owner => (owner.Parameter, data.Ids[owner.Kind]),
            MunicipalityScope.Named named => (named.Parameter, data.Municipality),
            _ => ("", ""),
        };
        var pattern = $@"\{{{parameter}(:[a-z]+)?\}}";
        // A code the route does not take in its path, it takes in the query (the queue) or the body (sent anyway).
        var query = scope is MunicipalityScope.Named && !Regex.IsMatch(path, pattern) ? $"?{parameter}={value}&year=2026" : "";
        return Concrete(Regex.Replace(path, pattern, value)) + query;
    }

    private static string Concrete(string path) => path
        .Replace("{municipality}", "GM0402").Replace("{year:int}", "2026").Replace("{id:guid}", Guid.NewGuid().ToString())
        .Replace("{code}", "waardering").Replace("{endToEndId}", "E2E-1").Replace("{position:int}", "1");
}
