using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Waardering.Web.Auth;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Auth;

/// <summary>
/// Every endpoint, read from the app's own endpoint data source (so a new one is covered the day it
/// is mapped): each names a policy of the matrix or is one of the open routes listed here. Every
/// staff route is called without a token, with a citizen's status token, with each role it does
/// not admit, with each role it admits, and with the right role of another municipality.
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
        ["any-staff"] = ["admin", "officer", "policy", "support", "auditor"],
        // /metrics: admins, and without a token the local network (MetricsAccessTests).
        ["metrics"] = ["admin"],
    };

    private static readonly string[] StaffRoles = Waardering.Web.Auth.Roles.All;

    /// <summary>Pinned, so a route that appears or goes without a change here is noticed.</summary>
    private const int StaffRouteCount = 119;

    [Fact]
    public void EveryEndpoint_NamesAPolicyOfTheMatrix_OrIsAnOpenRouteListedHere()
    {
        var routes = RouteTable.Of(app);
        var failures = new List<string>();
        foreach (var route in routes.Where(r => r.IsStaffRoute))
        {
            if (route.UnnamedRequirement || route.StaffPolicies.Count == 0 || route.StaffPolicies.Any(p => p is null || !AllowedRoles.ContainsKey(p)))
            {
                failures.Add($"{route} names no policy of the matrix (policies: {string.Join(", ", route.StaffPolicies.Select(p => p ?? "default"))})" +
                             " and is not AllowAnonymous: give it a policy of Web/Auth/Policies, or open it deliberately");
            }
        }

        var open = routes.Where(r => !r.IsStaffRoute).Select(r => r.ToString()).ToList();
        failures.AddRange(open.Except(OpenRouteTests.Routes).Select(r => $"{r} is AllowAnonymous but not among the open routes of this test"));
        failures.AddRange(OpenRouteTests.Routes.Except(open).Select(r => $"{r} is listed as open but is no longer an open route"));
        RouteTable.NoFailures(failures);
        Assert.Equal(OpenRouteTests.Routes.Length, open.Count);
        Assert.Equal(StaffRouteCount, routes.Count(r => r.IsStaffRoute));
    }

    [Fact]
    public async Task StaffRoutes_AdmitTheirRoles_AndRefuseEveryoneElse()
    {
        var routes = RouteTable.Of(app).Where(r => r.IsStaffRoute).ToList();
        var failures = new List<string>();
        foreach (var route in routes)
        {
            var (method, path) = (route.Method, route.Path);
            var url = RouteTable.Concrete(path);
            var citizen = app.Anonymous();
            citizen.DefaultRequestHeaders.Add("X-Status-Token", "een-geldig-lijkend-token-van-een-burger");
            // A citizen's route refuses a token that does not fit its request (403); any other refuses a caller without a staff token (401).
            // A staff page without a bearer token asks the staff member to sign in; this fixture has no
            // identity provider, so the page says sign-in is not configured (StaffSignInNotConfiguredTests).
            var anonymousRefusal = path == StaffSignIn.PagesPath || path.StartsWith(StaffSignIn.PagesPath + "/", StringComparison.Ordinal)
                ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.Unauthorized;
            var citizenRefusal = route.Citizen is null ? anonymousRefusal : HttpStatusCode.Forbidden;
            Expect(failures, route, "anonymous", anonymousRefusal, await SendAsync(app.Anonymous(), method, url));
            Expect(failures, route, "citizen token", citizenRefusal, await SendAsync(citizen, method, url));
            var allowed = Allowed(route);
            foreach (var role in StaffRoles.Except(allowed))
            {
                Expect(failures, route, role, HttpStatusCode.Forbidden, await SendAsync(app.As(role), method, url));
            }

            foreach (var role in allowed)
            {
                var admitted = await SendAsync(app.As(role), method, url);
                if (admitted.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                {
                    failures.Add($"{route} as {role}, a role it admits: {(int)admitted.StatusCode}");
                }
            }
        }

        Assert.Contains(routes, r => r.ToString() == "GET /api/requests/{id:guid}");
        RouteTable.NoFailures(failures);
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
        var routes = RouteTable.Of(app).Where(r => r.IsStaffRoute).ToList();
        var failures = new List<string>();
        foreach (var route in routes)
        {
            var (method, path, scope) = (route.Method, route.Path, route.Scope);
            if (scope is null)
            {
                failures.Add($"{route} declares no MunicipalityScope");
                continue;
            }

            if (scope is MunicipalityScope.Filtered)
            {
                continue; // what these find is tested in MunicipalityScopeTests
            }

            if (Allowed(route) is not [var role, ..])
            {
                continue; // admits no role of the matrix: refused by the test above
            }

            Expect(failures, route, $"{role} of {foreign}", HttpStatusCode.NotFound,
                await SendAsync(app.As(role, "vreemd", [foreign]), method, Concrete(path, own, scope), ScopedData.Body(own.Municipality)));
        }

        foreach (var route in routes.Where(r => r.Scope is not null and not MunicipalityScope.Filtered && Allowed(r).Length > 0))
        {
            var own404 = await SendAsync(app.As(Allowed(route)[0]), route.Method, Concrete(route.Path, own, route.Scope!), ScopedData.Body(own.Municipality));
            if (own404.StatusCode == HttpStatusCode.NotFound)
            {
                failures.Add($"{route} answers 404 to its own municipality too: the check above proves nothing");
            }
        }

        RouteTable.NoFailures(failures);
    }

    /// <summary>The roles every policy the route names admits.</summary>
    private static string[] Allowed(RouteEntry route) =>
        [.. route.StaffPolicies.Select(p => AllowedRoles.GetValueOrDefault(p ?? "", [])).DefaultIfEmpty([]).Aggregate((all, next) => [.. all.Intersect(next)])];

    private static void Expect(List<string> failures, RouteEntry route, string who, HttpStatusCode expected, HttpResponseMessage actual)
    {
        if (actual.StatusCode != expected)
        {
            failures.Add($"{route} as {who}: {(int)actual.StatusCode}, expected {(int)expected}");
        }
    }

    /// <summary>
    /// JSON to the API; a form to a back-office page, with the anti-forgery token a page gives this
    /// same client (none for a caller who cannot open one), as a browser would post it.
    /// </summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string url, JsonObject? body = null) =>
        await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url)
        {
            Content = method is "GET" ? null
                : url.StartsWith("/staff", StringComparison.Ordinal) ? await StaffForms.ContentAsync(client, body?.Select(p => (p.Key, p.Value?.ToString() ?? "")))
                : new StringContent(body?.ToJsonString() ?? "{}", System.Text.Encoding.UTF8, "application/json"),
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
        return RouteTable.Concrete(Regex.Replace(path, pattern, value)) + query;
    }
}
