using Waardering.Data.Contact;
using Waardering.Web.Pages;

namespace Waardering.Web.Contact;

public sealed record RegisterChangeBody(string? Token);

/// <summary>
/// A registered caregiver confirms, through the link mailed to the address on file, a change of
/// address or consent that an application asked for. The link opens a page with a button:
/// mail scanners open links too.
/// </summary>
public static class RegisterChangeEndpoints
{
    public static IEndpointRouteBuilder MapRegisterChangeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapCitizenPage("/register-change", Page);
        app.MapPost("/api/register-change", ConfirmAsync).AllowAnonymous().DisableAntiforgery().WithTags("Contact")
            .Describe("ConfirmRegisterChange", "Confirm a change of address or consent asked for in an application, through the link mailed to the address on file")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status410Gone);
        return app;
    }

    public static ContentHttpResult Page(string? token) =>
        CitizenPage.Html("Wijziging bevestigen", $"""
            <p>In een aanvraag voor de mantelzorgwaardering is gevraagd uw gegevens bij de gemeente te veranderen.
            Was u dat zelf? Klik dan op de knop. Was u het niet? Sluit dan deze pagina; er verandert niets.</p>
            <form method="post" action="/api/register-change">
            <input type="hidden" name="token" value="{CitizenPage.Encode(token)}">
            <button type="submit" style="font-size: 18px; padding: 0.5em 1em;">Ja, dat was ik</button>
            </form>
            """);

    /// <summary>Takes the token from the page's form or from JSON <c>{"token": "…"}</c>.</summary>
    public static async Task<Results<NoContent, ContentHttpResult, ProblemHttpResult>> ConfirmAsync(
        HttpRequest request, ConsentStore consents, CancellationToken cancellationToken)
    {
        var fromForm = request.HasFormContentType;
        var token = fromForm
            ? (await request.ReadFormOrRefuseAsync(cancellationToken))["token"].ToString()
            : (await request.ReadFromJsonAsync<RegisterChangeBody>(cancellationToken))?.Token;
        return await consents.ConfirmChangeAsync(token, cancellationToken) switch
        {
            ConsentOutcome.NotFound => LinkProblems.NotValid(),
            ConsentOutcome.Unavailable => TypedResults.Problem(statusCode: StatusCodes.Status410Gone,
                title: "Deze aanvraag is niet meer bij ons bekend; een wijziging kan via de gemeente.",
                extensions: LinkProblems.Errors("token", "Neem contact op met de gemeente.")),
            _ when !fromForm => TypedResults.NoContent(),
            _ => CitizenPage.Message("Dank u wel", "Uw gegevens zijn veranderd."),
        };
    }
}
