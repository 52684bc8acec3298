using Waardering.Web.Pages;

namespace Waardering.Web.Auth;

/// <summary>
/// The answers of the staff session's cookie when it cannot let someone in: a page for people,
/// not the API's bare status code.
/// </summary>
public static class StaffAccessPages
{
    /// <summary>No provider is configured (<c>Auth:Oidc:Authority</c>): nobody can sign in, which is the deployment's to fix.</summary>
    public static Task NotConfiguredAsync(HttpContext context) => WriteAsync(context, CitizenPage.Message(
        "Inloggen is niet ingesteld",
        "Medewerkers kunnen nog niet inloggen: de inlogdienst van de gemeente is niet ingesteld. Neem contact op met de beheerder.",
        StatusCodes.Status503ServiceUnavailable));

    public static Task ForbiddenAsync(HttpContext context) => WriteAsync(context, CitizenPage.Html(
        "Geen toegang",
        "<p>U bent ingelogd, maar uw rol geeft geen toegang tot deze pagina. Vraag de beheerder als u hier wel moet kunnen werken.</p>"
        + """<p><a href="/staff/account">Naar uw account</a></p>""",
        StatusCodes.Status403Forbidden));

    /// <summary>The provider's answer could not be used (a sign-in that took too long, or a user without a subject).</summary>
    public static Task SignInFailedAsync(HttpContext context) => WriteAsync(context, CitizenPage.Html(
        "Inloggen is niet gelukt",
        """<p>Het inloggen is niet gelukt. Probeer het opnieuw.</p><p><a href="/staff/account">Opnieuw inloggen</a></p>""",
        StatusCodes.Status403Forbidden));

    private static Task WriteAsync(HttpContext context, IResult page)
    {
        CitizenPage.NotStored(context.Response);
        return page.ExecuteAsync(context);
    }
}
