using Microsoft.AspNetCore.Antiforgery;
using OpenIddict.Abstractions;
using static System.Net.WebUtility;

namespace Waardering.DevIdentity;

/// <summary>
/// The login form. It posts back to the authorization endpoint with the request's own parameters,
/// so the provider needs no session to remember what the Web asked for.
/// </summary>
public static class LoginPage
{
    public const string UserField = "username";
    public const string PasswordField = "password";

    public static IResult Show(
        HttpContext http, IAntiforgery antiforgery, OpenIddictRequest request, string? error, int status = StatusCodes.Status200OK, bool citizens = false)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var hidden = string.Concat(request.GetParameters()
            .Where(p => p.Key is not (UserField or PasswordField) && p.Key != tokens.FormFieldName)
            .Select(p => $"""<input type="hidden" name="{HtmlEncode(p.Key)}" value="{HtmlEncode((string?)p.Value)}">"""));
        var alert = error is null ? "" : $"""<p role="alert" class="error">{HtmlEncode(error)}</p>""";
        var invalid = error is null ? "" : """ aria-invalid="true" """;
        var (title, who) = citizens
            ? ("Inloggen met DigiD (nagebootst)", "Dit is geen echte DigiD, maar een nabootsing voor ontwikkeling. De testburgers staan in de uitvoer bij het starten.")
            : ("Inloggen voor medewerkers", "Dit is de inlogdienst voor ontwikkeling. De gebruikers en wachtwoorden staan in de uitvoer bij het starten.");
        return DevIdentityPages.Html(title, $"""
            <p>{who}</p>
            {alert}
            <form method="post" action="/connect/authorize">
            {hidden}
            <input type="hidden" name="{HtmlEncode(tokens.FormFieldName)}" value="{HtmlEncode(tokens.RequestToken)}">
            <p><label for="username">Gebruikersnaam</label><br>
            <input id="username" name="{UserField}" value="{HtmlEncode(http.Request.HasFormContentType ? http.Request.Form[UserField].ToString() : "")}" autocomplete="username" required{invalid}></p>
            <p><label for="password">Wachtwoord</label><br>
            <input id="password" name="{PasswordField}" type="password" autocomplete="current-password" required{invalid}></p>
            <p><button type="submit">Inloggen</button></p>
            </form>
            """, status);
    }
}
