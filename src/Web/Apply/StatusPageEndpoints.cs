using System.Text;
using Waardering.Data.Requests;
using Waardering.Domain;
using Waardering.Domain.Requests;
using Waardering.Web.Pages;
using Waardering.Web.Requests;

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

    public static async Task<ContentHttpResult> PageAsync(
        Guid id, string? token, RequestReader reader, HttpResponse response, CancellationToken cancellationToken)
    {
        CitizenPage.NotStored(response);
        var request = await reader.FindAsync(id, cancellationToken);
        // The same answer whether the request does not exist or the token does not fit.
        if (request?.StatusPageTokenHash is not { } pageTokenHash || !StatusTokens.Matches(token, pageTokenHash))
        {
            return CitizenPage.Message("Link niet geldig", "Deze link werkt niet. Gebruik de link uit de bevestiging die u kreeg.",
                StatusCodes.Status403Forbidden);
        }

        var html = new StringBuilder();
        html.Append($"<p>Aanvraag <strong>{CitizenPage.Encode(request.Reference)}</strong>, mantelzorgwaardering {request.Year}.</p>");
        html.Append($"<p>{CitizenPage.Encode(request.Status.Dutch())}</p>");
        // Waiting for budget there is no amount yet: the estimate of the day it was sent would read as a promise.
        if (request.Status != RequestStatus.WaitingForBudget)
        {
            html.Append("<ul>");
            foreach (var caregiver in request.Caregivers)
            {
                html.Append($"<li>{CitizenPage.Encode(caregiver.Name ?? $"Mantelzorger {caregiver.Position}")}: {new Money(caregiver.AmountCents)}</li>");
            }

            html.Append("</ul>");
        }

        html.Append("<p>Vragen? Neem contact op met de gemeente en noem het nummer van de aanvraag.</p>");
        return CitizenPage.Html("Hoe staat uw aanvraag ervoor?", html.ToString());
    }
}
