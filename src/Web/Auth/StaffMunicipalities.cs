using System.Security.Claims;

namespace Waardering.Web.Auth;

/// <summary>
/// The municipalities a staff member works for, from their token's <c>municipality</c> claims
/// (one CBS code each, e.g. GM0402). One deployment can serve several municipalities, so every
/// staff route reaches only the data of these; a token without the claim reaches none (deny by
/// default), whatever its roles. Read once per request.
/// </summary>
public sealed class StaffMunicipalities
{
    public const string Claim = "municipality";

    private readonly HashSet<string> _codes;

    private StaffMunicipalities(HashSet<string> codes) => _codes = codes;

    public IReadOnlyCollection<string> Codes => _codes;

    public bool Covers(string? municipality) => municipality is not null && _codes.Contains(municipality);

    /// <summary>For SQL: <c>municipality_code = any(@municipalities)</c>.</summary>
    public string[] ToArray() => [.. _codes];

    /// <summary>Codes are upper case in the data (GM0402); a provider that writes gm0402 means the same.</summary>
    public static StaffMunicipalities From(ClaimsPrincipal user) => new(user.FindAll(Claim)
        .Select(c => c.Value.Trim().ToUpperInvariant()).Where(code => code.Length > 0).ToHashSet(StringComparer.Ordinal));

    public static StaffMunicipalities Of(HttpContext context)
    {
        if (context.Items[typeof(StaffMunicipalities)] is not StaffMunicipalities read)
        {
            read = From(context.User);
            context.Items[typeof(StaffMunicipalities)] = read;
        }

        return read;
    }

    /// <summary>Lets a handler take the staff member's municipalities as a parameter.</summary>
    public static ValueTask<StaffMunicipalities?> BindAsync(HttpContext context) => ValueTask.FromResult<StaffMunicipalities?>(Of(context));
}
