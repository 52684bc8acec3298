using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Waardering.DevIdentity;

/// <summary>
/// The provider's own pages: the login form at the authorization endpoint and the end of a
/// session. It keeps no session of its own: every sign-in asks for the password, so signing out
/// at the Web is visibly the end.
/// </summary>
public static class DevIdentityEndpoints
{
    public static void MapDevIdentityEndpoints(this WebApplication app)
    {
        app.MapGet("/", () => DevIdentityPages.Html("Inlogdienst voor ontwikkeling",
            "<p>Deze dienst laat medewerkers inloggen op Waardering tijdens het ontwikkelen. Open Waardering om in te loggen.</p>"));
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync);
        app.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], () => Results.SignOut(
            new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]));
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext http, DevUsers users, IAntiforgery antiforgery, IConfiguration configuration)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        // The citizens' client is the Web as a DigiD broker's client: its test citizens sign in there, staff nowhere else.
        var citizens = DevClient.IsCitizens(configuration, request.ClientId);
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.Form.ContainsKey(LoginPage.UserField))
        {
            return LoginPage.Show(http, antiforgery, request, error: null, citizens: citizens);
        }

        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return LoginPage.Show(http, antiforgery, request, "Het formulier is verlopen. Probeer het opnieuw.", StatusCodes.Status400BadRequest, citizens);
        }

        var (username, password) = (http.Request.Form[LoginPage.UserField].ToString(), http.Request.Form[LoginPage.PasswordField].ToString());
        var claims = citizens
            ? users.FindCitizen(username, password) is { } citizen ? users.ClaimsOf(citizen) : null
            : users.Find(username, password) is { } user ? users.ClaimsOf(user) : null;
        if (claims is null)
        {
            return LoginPage.Show(http, antiforgery, request, "De gebruikersnaam of het wachtwoord klopt niet.", StatusCodes.Status200OK, citizens);
        }

        var identity = new ClaimsIdentity(claims, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme,
            users.ClaimNames.Name, users.ClaimNames.Role);
        identity.SetScopes(request.GetScopes());
        // Everything the Web needs is in the id token; it asks the provider nothing else.
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
