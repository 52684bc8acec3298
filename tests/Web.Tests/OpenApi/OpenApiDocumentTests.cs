using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Waardering.Web.Auth;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.OpenApi;

/// <summary>
/// The served document against the app's own routes: what each route requires is read from its
/// endpoint metadata here, independently of how the document was made.
/// </summary>
public sealed class OpenApiDocumentTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    /// <summary>Where .ci/run wants the served document, to lint it with Redocly.</summary>
    private const string OutputVariable = "WAARDERING_OPENAPI_OUT";

    [Fact]
    public async Task ServedDocument_IsWrittenWhereTheLintReadsIt()
    {
        var json = await ServedDocumentAsync();

        Assert.NotNull(JsonNode.Parse(json)?["paths"]);
        if (Environment.GetEnvironmentVariable(OutputVariable) is { Length: > 0 } path)
        {
            await File.WriteAllTextAsync(path, json);
        }
    }

    [Fact]
    public async Task EveryOperation_HasASummary_AndTheSecurityItsRouteRequires()
    {
        var paths = JsonNode.Parse(await ServedDocumentAsync())!["paths"]!.AsObject();
        var routes = DescribedRoutes();

        Assert.NotEmpty(routes);
        Assert.Equal(routes.Count, paths.Sum(p => p.Value!.AsObject().Count));
        foreach (var (method, path, metadata) in routes)
        {
            var name = $"{method.ToUpperInvariant()} {path}";
            var operation = paths[path]?[method];
            Assert.True(operation is not null, $"{name} is not in the document.");
            Assert.False(string.IsNullOrWhiteSpace((string?)operation["summary"]), $"{name} has no summary.");
            Assert.True(operation["security"] is JsonArray { Count: > 0 }, $"{name} declares no security requirement.");
            var schemes = operation["security"]!.AsArray().SelectMany(r => r!.AsObject().Select(s => s.Key)).ToList();
            var citizen = metadata.GetMetadata<CitizenTokenAccess>();
            var needsStaffToken = metadata.GetMetadata<IAllowAnonymous>() is null && metadata.GetOrderedMetadata<IAuthorizeData>().Any();
            if (needsStaffToken || citizen is not null)
            {
                Assert.True(schemes.Contains("Bearer"), $"{name} requires authorization but not the bearer token.");
                Assert.Contains("Staff roles admitted:", (string?)operation["description"]);
                Assert.True(operation["responses"]!.AsObject().ContainsKey("401"), $"{name} does not declare 401.");
            }
            else
            {
                Assert.True(schemes.Count == 0, $"{name} is anonymous but declares {string.Join(", ", schemes)}.");
            }

            if (citizen is not null)
            {
                Assert.Contains(citizen.Header, schemes);
            }
        }
    }

    [Fact]
    public async Task StaffRoles_AreNamedFromTheirPolicies()
    {
        var paths = JsonNode.Parse(await ServedDocumentAsync())!["paths"]!.AsObject();

        Assert.Contains("Staff roles admitted: admin.", (string?)paths["/api/schemes/{municipality}/{year}"]!["put"]!["description"]);
        Assert.Contains("Staff roles admitted: officer, admin.", (string?)paths["/api/requests/{id}"]!["get"]!["description"]);
    }

    private async Task<string> ServedDocumentAsync()
    {
        var response = await app.Anonymous().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Every route the API description shows, one per HTTP method, with the path as OpenAPI writes it.</summary>
    private List<(string Method, string Path, EndpointMetadataCollection Metadata)> DescribedRoutes() =>
        app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])
                .Select(method => (method.ToLowerInvariant(), OpenApiPath(e.RoutePattern), e.Metadata)))
            .ToList();

    private static string OpenApiPath(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => $"{{{parameter.Name}}}",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }))));
}
