using Waardering.Data.CoSigning;
using Waardering.Web.Pages;

namespace Waardering.Web.CoSigning;

/// <summary>
/// The recipient confirms a caregiver's request. The mailed link opens a page with a button:
/// opening a link never confirms by itself, because mail scanners open links too.
/// </summary>
public static class CoSignEndpoints
{
    public static IEndpointRouteBuilder MapCoSignEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/requests/{id:guid}/co-signature").WithTags("Requests").AllowAnonymous();
        group.MapCitizenPage("", Page).WithName("CoSignPage");
        group.MapPost("", ConfirmAsync)
            .Describe("CoSign", "Confirm a caregiver's request as its recipient, through the link in the recipient's mail")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict).DisableAntiforgery();
        return app;
    }

    public static ContentHttpResult Page(Guid id, string? token) =>
        CitizenPage.Html("Aanvraag bevestigen", $"""
            <p>Uw mantelzorger heeft de mantelzorgwaardering aangevraagd. Klopt het dat deze persoon voor u zorgt?
            Klik dan op de knop.</p>
            <form method="post" action="/api/requests/{id}/co-signature">
            <input type="hidden" name="token" value="{CitizenPage.Encode(token)}">
            <button type="submit" style="font-size: 18px; padding: 0.5em 1em;">Ja, ik bevestig de aanvraag</button>
            </form>
            """);

    /// <summary>Takes the token from the form (the page's button) or from JSON <c>{"token": "…"}</c>.</summary>
    public static async Task<Results<NoContent, ContentHttpResult, NotFound, ProblemHttpResult>> ConfirmAsync(
        Guid id, HttpRequest request, CoSignWorkflow coSigning, CancellationToken cancellationToken)
    {
        var fromForm = request.HasFormContentType;
        string? token = fromForm
            ? (await request.ReadFormOrRefuseAsync(cancellationToken))["token"].ToString()
            : (await request.ReadFromJsonAsync<CoSignBody>(cancellationToken))?.Token;
        return await coSigning.ConfirmAsync(id, token, cancellationToken) switch
        {
            CoSignOutcome.Confirmed when fromForm => CitizenPage.Message("Bevestigd", "Dank u wel. De aanvraag is bevestigd."),
            CoSignOutcome.Confirmed => TypedResults.NoContent(),
            CoSignOutcome.NotFound => TypedResults.NotFound(),
            CoSignOutcome.WrongToken => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
                title: "Deze link is niet (meer) geldig.",
                extensions: new Dictionary<string, object?> { ["errors"] = FieldErrors.One("token", "Gebruik de link uit de laatste e-mail.").ToDictionary() }),
            _ => ProblemResults.Conflict("token", "Deze aanvraag wacht niet (meer) op bevestiging."),
        };
    }

    public sealed record CoSignBody(string? Token);
}
