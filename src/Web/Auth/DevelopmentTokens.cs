using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Waardering.Web.Auth;

/// <summary>
/// Signs staff tokens with the configured key, for Development and tests. In production the
/// tokens come from the municipality's identity provider (Auth:Authority).
/// </summary>
public static class DevelopmentTokens
{
    public static SymmetricSecurityKey KeyFrom(AuthOptions options)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(options.SigningKey ?? "");
        }
        catch (FormatException)
        {
            key = [];
        }

        if (key.Length < 32)
        {
            throw new InvalidOperationException(
                "Set Auth:Authority (an OpenID Connect provider) or Auth:SigningKey (base64 of at least 32 bytes).");
        }

        return new SymmetricSecurityKey(key);
    }

    /// <param name="municipalities">The CBS codes of the municipalities the holder works for, one claim each.</param>
    public static string Issue(
        AuthOptions options, string name, IEnumerable<string> roles, IEnumerable<string> municipalities, DateTime now, TimeSpan lifetime)
    {
        var claims = new List<Claim> { new("sub", name), new(options.NameClaim, name) };
        claims.AddRange(roles.Select(role => new Claim(options.RoleClaim, role)));
        claims.AddRange(municipalities.Select(code => new Claim(StaffMunicipalities.Claim, code)));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = now.AddMinutes(-1),
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(KeyFrom(options), SecurityAlgorithms.HmacSha256),
        });
    }
}
