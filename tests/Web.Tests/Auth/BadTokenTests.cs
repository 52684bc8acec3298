using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Waardering.Web.Auth;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Auth;

/// <summary>
/// A token the service did not issue for itself, or no longer valid, is no token: each fault below
/// is refused 401 as an invalid token, on a staff route, on the Hangfire dashboard and on the route a
/// citizen's token also opens, while the same token without the fault is admitted.
/// </summary>
public sealed class BadTokenTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    public enum Fault
    {
        None,
        Expired,
        WronglySigned,
        Unsigned,
        ForAnotherAudience,
        FromAnotherIssuer,
    }

    private const string Queue = "/api/requests?municipality=GM0402&year=2026";

    [Theory]
    [InlineData(Fault.Expired)]
    [InlineData(Fault.WronglySigned)]
    [InlineData(Fault.Unsigned)]
    [InlineData(Fault.ForAnotherAudience)]
    [InlineData(Fault.FromAnotherIssuer)]
    public async Task Token_WithAFault_IsRefused(Fault fault)
    {
        using var good = Client(Fault.None);
        using var bad = Client(fault);

        Assert.Equal(HttpStatusCode.OK, (await good.GetAsync(Queue)).StatusCode);
        foreach (var url in (string[])[Queue, "/hangfire"])
        {
            var refused = await bad.GetAsync(url);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            // Read and refused, not overlooked: the challenge names the token invalid.
            Assert.Contains(refused.Headers.WwwAuthenticate, h => h.Parameter?.Contains("invalid_token") == true);
        }

        // Open in routing, its handler admits case workers: the bad token leaves an anonymous caller.
        Assert.Equal(HttpStatusCode.Unauthorized, (await bad.GetAsync($"/api/requests/{Guid.NewGuid()}")).StatusCode);
    }

    private HttpClient Client(Fault fault)
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", Token(fault));
        return client;
    }

    /// <summary>An admin of the fixed municipality, as the fixture's tokens are, with one fault.</summary>
    private static string Token(Fault fault)
    {
        var options = new AuthOptions { SigningKey = WebAppFixture.SigningKey };
        // Expired well beyond the minute of clock skew the service allows.
        var now = fault is Fault.Expired ? DateTime.UtcNow.AddMinutes(-70) : DateTime.UtcNow;
        var key = fault is Fault.WronglySigned ? new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) : DevelopmentTokens.KeyFrom(options);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = fault is Fault.FromAnotherIssuer ? "https://login.example.org" : options.Issuer,
            Audience = fault is Fault.ForAnotherAudience ? "another-service" : options.Audience,
            Subject = new ClaimsIdentity([
                new Claim(StaffActor.SubjectClaim, "s-anna"), new Claim(options.NameClaim, "Anna Jansen"),
                new Claim(options.RoleClaim, Roles.Admin), new Claim(StaffMunicipalities.Claim, "GM0402"),
            ]),
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            SigningCredentials = fault is Fault.Unsigned ? null : new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
