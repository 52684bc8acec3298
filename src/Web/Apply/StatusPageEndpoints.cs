using Waardering.Data.Requests;
using Waardering.Web.Pages;
using Waardering.Web.Requests;
using Waardering.Web.Texts;

namespace Waardering.Web.Apply;

/// <summary>
/// The page where the one who applied follows the request, through the link in their
/// confirmation: its reference, where it stands and the amounts. No BSN, address or IBAN: the
/// link travels by mail.
/// </summary>
public static class StatusPageEndpoints
{
    public static IEndpointRouteBuilder MapStatusPageEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapCitizenPage("/request-status/{id:guid}", PageAsync);
        return app;
    }

    public static async Task<IResult> PageAsync(
        Guid id, string? token, RequestReader reader, HttpResponse response, CancellationToken cancellationToken)
    {
        CitizenPage.NotStored(response);
        var request = await reader.FindAsync(id, cancellationToken);
        // The same answer whether the request does not exist or the token does not fit.
        if (request?.StatusPageTokenHash is not { } pageTokenHash || !StatusTokens.Matches(token, pageTokenHash))
        {
            return MessagePage.Result(CitizenWords.Of("status.linkNotValidTitle"), CitizenWords.Of("status.linkNotValidText"),
                StatusCodes.Status403Forbidden);
        }

        return PageResults.Page<RequestStatusPage>(new { Request = request });
    }
}
