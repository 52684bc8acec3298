namespace Waardering.Web.Auth;

/// <summary>
/// Token validation. With <see cref="Authority"/> set, keys come from that OpenID Connect
/// provider; otherwise tokens are checked against <see cref="SigningKey"/> (Development and tests).
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string? Authority { get; set; }
    public string Issuer { get; set; } = "waardering";
    public string Audience { get; set; } = "waardering";
    public string RoleClaim { get; set; } = "role";
    public string NameClaim { get; set; } = "name";

    /// <summary>Base64 of at least 32 bytes; for HMAC-signed tokens when there is no Authority.</summary>
    public string? SigningKey { get; set; }

    public bool RequireHttpsMetadata { get; set; } = true;
}
