using Waardering.Data.Contact;
using Waardering.Web.Pages;
using Waardering.Web.Texts;

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
        // JSON needs no anti-forgery token; the page's form is checked by the handler (CitizenFormReading).
        app.MapPost("/api/register-change", ConfirmAsync).AllowAnonymous().WithTags("Contact")
            .Describe("ConfirmRegisterChange", "Confirm a change of address or consent asked for in an application, through the link mailed to the address on file")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status410Gone);
        return app;
    }

    public static RazorComponentResult<RegisterChangePage> Page(string? token) => PageResults.Page<RegisterChangePage>(new { Token = token });

    /// <summary>Takes the token from the page's form or from JSON <c>{"token": "…"}</c>.</summary>
    public static async Task<Results<NoContent, RazorComponentResult, ProblemHttpResult>> ConfirmAsync(
        HttpRequest request, ConsentStore consents, CancellationToken cancellationToken)
    {
        var (body, fromForm, refused) = await request.ReadFormOrJsonAsync(form => new RegisterChangeBody(form["token"].ToString()), cancellationToken);
        if (refused)
        {
            return CitizenFormReading.Refused();
        }

        return await consents.ConfirmChangeAsync(body?.Token, cancellationToken) switch
        {
            ConsentOutcome.NotFound => LinkProblems.NotValid(),
            ConsentOutcome.Unavailable => TypedResults.Problem(statusCode: StatusCodes.Status410Gone,
                title: CitizenWords.Of("register-change.apiUnavailable"), extensions: LinkProblems.ContactMunicipality()),
            _ when !fromForm => TypedResults.NoContent(),
            _ => MessagePage.Result(CitizenWords.Of("register-change.thanksTitle"), CitizenWords.Of("register-change.thanks")),
        };
    }
}
