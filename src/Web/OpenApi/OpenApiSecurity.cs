using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Waardering.Web.OpenApi;

/// <summary>
/// Each operation's security requirement, read from its endpoint's authorization metadata so no
/// route is described by hand: a protected route needs the staff bearer token and names the roles
/// its policy admits (from the policies of <see cref="AuthSetup"/>); an anonymous one declares the
/// empty requirement; a route with <see cref="CitizenTokenAccess"/> takes a staff token or the
/// citizen's token.
/// </summary>
public static class OpenApiSecurity
{
    public const string BearerScheme = "Bearer";

    public static readonly string BearerDescription =
        $"Staff token with one or more roles in its `role` claim ({string.Join(", ", Roles.All)}) and the municipalities its " +
        $"holder works for in its `{StaffMunicipalities.Claim}` claim, one CBS code per value (e.g. GM0402). A staff member " +
        "reaches only the data of those municipalities: another municipality's request, batch, payment, check-in, referral, " +
        "scheme, budget or report answers 404, exactly as one that does not exist. A token without the claim reaches none.";

    private const string ScopeNote =
        $"Only for the municipalities in the token's `{StaffMunicipalities.Claim}` claim; another municipality's answers 404.";

    private const string FilteredNote = $"Finds only what is stored in the municipalities in the token's `{StaffMunicipalities.Claim}` claim.";

    public static async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken _)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var citizen = metadata.OfType<CitizenTokenAccess>().LastOrDefault();
        var authorizeData = metadata.OfType<IAuthorizeData>().ToList();
        // A route that names no policy is not open: the fallback policy admits signed-in staff only.
        if (citizen is null && metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement()];
            return;
        }

        var provider = context.ApplicationServices.GetRequiredService<IAuthorizationPolicyProvider>();
        var policy = citizen is null
            ? await AuthorizationPolicy.CombineAsync(provider, authorizeData, metadata.OfType<AuthorizationPolicy>())
            : await provider.GetPolicyAsync(citizen.StaffPolicy);
        var staff = $"Staff roles admitted: {RolesOf(policy)}.";
        operation.Security = [Requirement(BearerScheme, context.Document)];
        if (citizen is not null)
        {
            operation.Security.Add(Requirement(CitizenScheme(citizen, context.Document), context.Document));
            staff += $" Or the citizen, with the token of their own request in the `{citizen.Header}` header.";
        }

        var scope = metadata.OfType<MunicipalityScope>().LastOrDefault();
        if (scope is not null)
        {
            staff += " " + (scope is MunicipalityScope.Filtered ? FilteredNote : ScopeNote);
        }

        operation.Description = string.IsNullOrEmpty(operation.Description) ? staff : $"{operation.Description}\n\n{staff}";
        operation.Responses ??= [];
        if (scope is not null and not MunicipalityScope.Filtered)
        {
            operation.Responses.TryAdd("404", new OpenApiResponse { Description = "Not found, or of a municipality the token does not carry." });
        }

        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No valid token was sent." });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The token does not admit this operation." });
    }

    /// <summary>Every role requirement of a policy must be met, so the roles admitted are their intersection.</summary>
    private static string RolesOf(AuthorizationPolicy? policy)
    {
        var roles = policy?.Requirements.OfType<RolesAuthorizationRequirement>()
            .Select(r => r.AllowedRoles)
            .Aggregate((IEnumerable<string>?)null, (all, next) => all is null ? next : all.Intersect(next));
        return roles is null ? "any signed-in staff member" : string.Join(", ", roles);
    }

    private static OpenApiSecurityRequirement Requirement(string scheme, OpenApiDocument? document) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };

    /// <summary>The citizen's token as an API key scheme named after its header, added to the document once.</summary>
    private static string CitizenScheme(CitizenTokenAccess citizen, OpenApiDocument? document)
    {
        if (document is not null)
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes.TryAdd(citizen.Header, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = citizen.Header,
                Description = "The citizen's token for their own request, given when it was submitted.",
            });
        }

        return citizen.Header;
    }
}
