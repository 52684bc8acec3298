using Waardering.Data.CoSigning;
using Waardering.Web.Pages;
using Waardering.Web.Texts;

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
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static RazorComponentResult<CoSignPage> Page(Guid id, string? token) => PageResults.Page<CoSignPage>(new { Id = id, Token = token });

    /// <summary>Takes the token from the form (the page's button) or from JSON <c>{"token": "…"}</c>.</summary>
    public static async Task<Results<NoContent, RazorComponentResult, NotFound, ProblemHttpResult>> ConfirmAsync(
        Guid id, HttpRequest request, CoSignWorkflow coSigning, CancellationToken cancellationToken)
    {
        var (body, fromForm, refused) = await request.ReadFormOrJsonAsync(form => new CoSignBody(form["token"].ToString()), cancellationToken);
        if (refused)
        {
            return CitizenFormReading.Refused();
        }

        return await coSigning.ConfirmAsync(id, body?.Token, cancellationToken) switch
        {
            CoSignOutcome.Confirmed when fromForm => MessagePage.Result(CitizenWords.Of("co-sign.confirmedTitle"), CitizenWords.Of("co-sign.confirmedText")),
            CoSignOutcome.Confirmed => TypedResults.NoContent(),
            CoSignOutcome.NotFound => TypedResults.NotFound(),
            CoSignOutcome.WrongToken => Contact.LinkProblems.NotValid(),
            _ => ProblemResults.Conflict("token", CitizenWords.Of("co-sign.apiNotWaiting")),
        };
    }

    public sealed record CoSignBody(string? Token);
}
