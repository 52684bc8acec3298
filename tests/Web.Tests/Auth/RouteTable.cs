using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Waardering.Web.Auth;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Auth;

/// <summary>
/// One method of one endpoint as the app's own endpoint data source has it, so a route is in the
/// table the day it is mapped. <see cref="Policies"/> are the policies its authorization names
/// (all must be met, a null one being the default policy); a route whose handler admits staff or a
/// citizen's token names its staff policy in <see cref="Citizen"/>.
/// </summary>
public sealed record RouteEntry(
    string Method, string Path, IReadOnlyList<string?> Policies, bool Anonymous, bool UnnamedRequirement,
    MunicipalityScope? Scope, CitizenTokenAccess? Citizen)
{
    public override string ToString() => $"{Method} {Path}";

    /// <summary>A route for staff: not open, or open in routing while its handler admits staff under a policy.</summary>
    public bool IsStaffRoute => !Anonymous || Citizen is not null;

    /// <summary>The policies that admit staff: the citizen route's staff policy, or those its authorization names.</summary>
    public IReadOnlyList<string?> StaffPolicies => Citizen is null ? Policies : [Citizen.StaffPolicy];
}

public static class RouteTable
{
    public static IReadOnlyList<RouteEntry> Of(WebAppFixture app) =>
        app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(method => Entry(e, method)))
            .Distinct().OrderBy(r => r.Path, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal).ToList();

    private static RouteEntry Entry(Endpoint endpoint, string method)
    {
        var metadata = endpoint.Metadata;
        var authorize = metadata.GetOrderedMetadata<IAuthorizeData>();
        var path = endpoint is RouteEndpoint route ? "/" + route.RoutePattern.RawText!.Trim('/') : $"(no route) {endpoint.DisplayName}";
        // Roles or schemes written on the route, or a policy object, are a requirement the matrix cannot name.
        var unnamed = authorize.Any(a => a.Roles is not null || a.AuthenticationSchemes is not null)
            || metadata.GetOrderedMetadata<AuthorizationPolicy>().Count > 0;
        return new RouteEntry(method, path, [.. authorize.Select(a => a.Policy).Distinct()],
            metadata.GetMetadata<IAllowAnonymous>() is not null, unnamed,
            metadata.GetMetadata<MunicipalityScope>(), metadata.GetMetadata<CitizenTokenAccess>());
    }

    /// <summary>The route with the usual values in its parameters; an optional or catch-all parameter left out.</summary>
    public static string Concrete(string path)
    {
        var concrete = path
            .Replace("{municipality}", "GM0402").Replace("{year:int}", "2026").Replace("{id:guid}", Guid.NewGuid().ToString())
            .Replace("{code}", "waardering").Replace("{endToEndId}", "E2E-1").Replace("{position:int}", "1")
            .Replace("{documentName}", "v1").Replace("{panel}", "budget").Replace("{chart}", "lines")
            .Replace("{id:long}", "1");
        concrete = Regex.Replace(concrete, @"/?\{(\*\*)?[A-Za-z]+\?\}|/?\{\*\*[A-Za-z]+\}", "");
        Assert.False(concrete.Contains('{'), $"{path}: the matrix has no value for a parameter of this route");
        return concrete.Length == 0 ? "/" : concrete;
    }

    /// <summary>Every failure in full, one a line (xunit cuts a collection's items short).</summary>
    public static void NoFailures(IReadOnlyCollection<string> failures) =>
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures));
}
