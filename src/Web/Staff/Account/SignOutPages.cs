using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Waardering.Web.Pages;

namespace Waardering.Web.Staff.Account;

/// <summary>Signing out: here (the session cookie) and, where a provider signed the user in, there too (its end-session endpoint).</summary>
public static class SignOutPages
{
    public static IEndpointRouteBuilder MapSignOutPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffForm(StaffPageRoutes.SignOutPath, SignOutAsync, Policies.AnyStaff).ScopedByItsHandler();
        app.MapGet(StaffSignIn.SignedOutPath, (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return PageResults.Page<SignedOutPage>();
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

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
}
