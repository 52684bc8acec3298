using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Waardering.Web.Pages;

namespace Waardering.Web.Auth;

/// <summary>
/// The signed-in staff member's own account: who the service takes them for (name, roles,
/// municipalities, the subject the audit trail names), and signing out here and at the provider.
/// </summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/staff/account", Account).RequireAuthorization(Policies.Staff).ScopedByItsHandler().ExcludeFromDescription();
        app.MapPost("/staff/sign-out", SignOutAsync).RequireAuthorization(Policies.Staff).ScopedByItsHandler().ExcludeFromDescription();
        app.MapGet(StaffSignIn.SignedOutPath, SignedOut).AllowAnonymous().ExcludeFromDescription();
    }

    private static IResult Account(HttpContext http, IAntiforgery antiforgery) =>
        AccountPage.Render(http, antiforgery);

    /// <summary>Ends the session here and, where a provider signed the user in, there too (its end-session endpoint).</summary>
    private static async Task<IResult> SignOutAsync(HttpContext http, IAntiforgery antiforgery, IAuthenticationSchemeProvider schemes)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return ProblemResults.Invalid(FieldErrors.One("form", "Het formulier is verlopen. Open de pagina opnieuw en probeer het nog eens."));
        }

        string[] signOut = await schemes.GetSchemeAsync(StaffSignIn.OidcScheme) is null
            ? [StaffSignIn.CookieScheme]
            : [StaffSignIn.CookieScheme, StaffSignIn.OidcScheme];
        return Results.SignOut(new AuthenticationProperties { RedirectUri = StaffSignIn.SignedOutPath }, signOut);
    }

    private static IResult SignedOut(HttpContext http)
    {
        CitizenPage.NotStored(http.Response);
        return CitizenPage.Html("U bent uitgelogd",
            """<p>U bent uitgelogd. Sluit de browser als u op een gedeelde computer werkt.</p><p><a href="/staff/account">Opnieuw inloggen</a></p>""");
    }
}
