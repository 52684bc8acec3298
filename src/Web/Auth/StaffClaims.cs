using System.Security.Claims;

namespace Waardering.Web.Auth;

/// <summary>
/// The staff session's claims under the names the code reads (<see cref="StaffActor.SubjectClaim"/>,
/// <see cref="StaffMunicipalities.Claim"/>, <see cref="Name"/>, <see cref="Role"/>), whatever names
/// the provider gives them (<see cref="OidcClaimNames"/>).
/// </summary>
public static class StaffClaims
{
    public const string Name = "name";
    public const string Role = "role";

    /// <summary>
    /// Null for a user without a subject: four eyes compare subjects, so such a person cannot be
    /// told apart from anyone else and gets no session (as the API refuses such a token).
    /// </summary>
    public static ClaimsPrincipal? FromProvider(ClaimsPrincipal provider, OidcClaimNames names, string authenticationType)
    {
        var subject = provider.FindFirst(names.Subject)?.Value;
        if (string.IsNullOrWhiteSpace(subject))
        {
            return null;
        }

        List<Claim> claims = [new(StaffActor.SubjectClaim, subject), new(Name, provider.FindFirst(names.Name)?.Value ?? subject)];
        claims.AddRange(ValuesOf(provider, names.Role).Select(role => new Claim(Role, role)));
        claims.AddRange(ValuesOf(provider, names.Municipality).Select(code => new Claim(StaffMunicipalities.Claim, code)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, Name, Role));
    }

    private static IEnumerable<string> ValuesOf(ClaimsPrincipal provider, string type) =>
        provider.FindAll(type).Select(c => c.Value.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal);
}
