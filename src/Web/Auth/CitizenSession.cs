using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Waardering.Data.Schemes;
using Waardering.Domain;
using Waardering.Domain.Schemes;

namespace Waardering.Web.Auth;

/// <summary>
/// The citizen signed in with DigiD, as the citizens' pages read it: only the BSN, taken from the
/// broker and never from a form. The session's cookie is read on purpose by those pages alone
/// (<see cref="CitizenSignIn"/>), so it opens nothing else.
/// </summary>
public static class CitizenSession
{
    /// <summary>The session's one claim. Not <c>sub</c>: nothing that reads a staff member's subject can take a citizen for one.</summary>
    public const string BsnClaim = "citizen-bsn";

    public static ClaimsPrincipal Principal(Bsn bsn) =>
        new(new ClaimsIdentity([new Claim(BsnClaim, bsn.Value)], CitizenSignIn.CookieScheme));

    /// <summary>The signed-in citizen's BSN, or null without a (live) session or when sign-in is not configured.</summary>
    public static async Task<Bsn?> BsnAsync(HttpContext context)
    {
        if (!IsConfigured(context))
        {
            return null;
        }

        var result = await context.AuthenticateAsync(CitizenSignIn.CookieScheme);
        return result.Succeeded && Bsn.TryParse(result.Principal.FindFirst(BsnClaim)?.Value, out var bsn) ? bsn : null;
    }

    /// <summary>Whether this service has a DigiD broker at all (<see cref="CitizenOidcOptions"/>).</summary>
    public static bool IsConfigured(HttpContext context) =>
        CitizenOidcOptions.From(context.RequestServices.GetRequiredService<IConfiguration>()).IsConfigured;

    /// <summary>Whether a citizen may sign in for this scheme: the service has a broker and the scheme offers it.</summary>
    public static bool OffersSignIn(HttpContext context, SchemeRecord scheme) => scheme.Digid == DigidUse.Optional && IsConfigured(context);
}
