namespace Waardering.Web.Auth;

/// <summary>
/// Citizens' sign-in with DigiD (section <c>Citizens:Oidc</c>). A municipality reaches DigiD
/// through a broker that speaks OpenID Connect and puts the BSN in a claim of its own
/// (<see cref="BsnClaim"/>). Without <see cref="Authority"/> there is no sign-in, and every
/// citizen's page works as it does without it.
/// </summary>
public sealed class CitizenOidcOptions
{
    public const string Section = "Citizens:Oidc";

    /// <summary>The broker's issuer address.</summary>
    public string? Authority { get; set; }

    public string ClientId { get; set; } = "waardering-citizens";

    public string? ClientSecret { get; set; }

    /// <summary>Space-separated; some brokers want a scope that releases the BSN.</summary>
    public string Scopes { get; set; } = "openid";

    /// <summary>The claim the broker puts the BSN in, e.g. <c>bsn</c> or an urn of the broker's own.</summary>
    public string BsnClaim { get; set; } = "bsn";

    /// <summary>
    /// A session ends after this long without a request: 15 minutes idle is what Logius asks of a
    /// service behind DigiD (its connection rules for a session's idle time).
    /// </summary>
    public int IdleMinutes { get; set; } = 15;

    /// <summary>And in any case this long after signing in, however busy.</summary>
    public int AbsoluteMinutes { get; set; } = 120;

    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);

    public static CitizenOidcOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<CitizenOidcOptions>() ?? new CitizenOidcOptions();
}
