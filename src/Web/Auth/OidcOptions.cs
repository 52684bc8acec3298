namespace Waardering.Web.Auth;

/// <summary>
/// Staff sign-in to the pages through the municipality's OpenID Connect provider (section
/// <c>Auth:Oidc</c>). Without <see cref="Authority"/> there is no sign-in: the staff pages say so,
/// and the API still takes bearer tokens (<see cref="AuthOptions"/>).
/// </summary>
public sealed class OidcOptions
{
    public const string Section = "Auth:Oidc";

    /// <summary>The provider's issuer address, e.g. <c>https://login.microsoftonline.com/{tenant}/v2.0</c>.</summary>
    public string? Authority { get; set; }

    public string ClientId { get; set; } = "waardering-web";

    public string? ClientSecret { get; set; }

    /// <summary>Space-separated; Keycloak needs <c>roles</c> as well for its role mapper, Entra ID does not.</summary>
    public string Scopes { get; set; } = "openid profile";

    /// <summary>A session ends after this long without a request (sliding).</summary>
    public int SessionMinutes { get; set; } = 60;

    /// <summary>And in any case this long after signing in, however busy: a working day plus a margin.</summary>
    public double AbsoluteHours { get; set; } = 10;

    public bool RequireHttpsMetadata { get; set; } = true;

    public OidcClaimNames Claims { get; set; } = new();

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);

    public static OidcOptions From(IConfiguration configuration) => configuration.GetSection(Section).Get<OidcOptions>() ?? new OidcOptions();
}

/// <summary>
/// How the provider spells the claims the service reads: Entra ID names the subject <c>oid</c> and
/// roles <c>roles</c>, ADFS uses claim URIs, Keycloak <c>preferred_username</c>.
/// </summary>
public sealed class OidcClaimNames
{
    public string Subject { get; set; } = "sub";
    public string Name { get; set; } = "name";
    public string Role { get; set; } = "role";
    public string Municipality { get; set; } = "municipality";
}
