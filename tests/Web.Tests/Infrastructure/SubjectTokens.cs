using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Waardering.Web.Auth;

namespace Waardering.Web.Tests.Infrastructure;

/// <summary>
/// Staff tokens whose subject and name differ, as an identity provider's do: the same person
/// under a changed name, or a token that names no subject at all.
/// </summary>
public static class SubjectTokens
{
    /// <summary>Carries the municipalities a default staff token of the fixture carries.</summary>
    public static HttpClient AsSubject(this WebAppFixture app, string role, string? subject, string name) =>
        app.WithStaffToken(municipalities => Token(role, subject, name, municipalities));

    public static string Token(string role, string? subject, string name, IEnumerable<string> municipalities)
    {
        var options = new AuthOptions { SigningKey = WebAppFixture.SigningKey };
        var claims = new List<Claim> { new(options.NameClaim, name), new(options.RoleClaim, role) };
        claims.AddRange(municipalities.Select(code => new Claim(StaffMunicipalities.Claim, code)));
        if (subject is not null)
        {
            claims.Add(new Claim(StaffActor.SubjectClaim, subject));
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(DevelopmentTokens.KeyFrom(options), SecurityAlgorithms.HmacSha256),
        });
    }
}
