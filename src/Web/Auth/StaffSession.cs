using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using NodaTime;
using NodaTime.Text;

namespace Waardering.Web.Auth;

/// <summary>
/// The staff session's cookie: it slides with use (<see cref="OidcOptions.SessionMinutes"/>), but
/// ends in any case <see cref="OidcOptions.AbsoluteHours"/> after signing in, so a session left
/// open on a counter's computer does not live on for days by being used.
/// </summary>
public static class StaffSession
{
    private const string SignedInAtKey = "waardering.signedInAt";

    /// <summary>The moment of signing in, by the service's clock, kept in the cookie's protected properties.</summary>
    public static Task OnSigningInAsync(CookieSigningInContext context)
    {
        context.Properties.Items[SignedInAtKey] = InstantPattern.ExtendedIso.Format(Now(context.HttpContext));
        return Task.CompletedTask;
    }

    /// <summary>A session past its absolute limit, or without a sign-in time, is over: the next page asks to sign in again.</summary>
    public static async Task OnValidatePrincipalAsync(CookieValidatePrincipalContext context, Duration absoluteLimit)
    {
        var signedInAt = context.Properties.Items.TryGetValue(SignedInAtKey, out var text) && text is not null
            ? InstantPattern.ExtendedIso.Parse(text) : null;
        if (signedInAt is not { Success: true } || Now(context.HttpContext) - signedInAt.Value > absoluteLimit)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
        }
    }

    private static Instant Now(HttpContext context) => context.RequestServices.GetRequiredService<IClock>().GetCurrentInstant();
}
