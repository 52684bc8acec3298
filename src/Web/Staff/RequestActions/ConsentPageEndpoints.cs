using Microsoft.AspNetCore.Mvc;
using Waardering.Data.Contact;
using Waardering.Web.Pages;

namespace Waardering.Web.Staff.RequestActions;

/// <summary>
/// A caregiver said yes or no to contact by phone (<c>/staff/requests/{id}/caregivers/{position}/consent</c>);
/// recorded through <see cref="ConsentStore.RecordByStaffAsync"/>, as
/// <c>PUT /api/requests/{id}/caregivers/{position}/consent</c> records it.
/// </summary>
public static class ConsentPageEndpoints
{
    public const string Path = RequestActionPaths.Base + "/caregivers/{position:int}/consent";

    public const string Unavailable = "De gegevens van deze mantelzorger zijn verwijderd. Toestemming vastleggen kan niet meer.";

    public static IEndpointRouteBuilder MapConsentPages(this IEndpointRouteBuilder app)
    {
        app.MapActionPage(Path, ShowAsync);
        app.MapActionForm(Path, RecordAsync);
        return app;
    }

    public static Task<IResult> ShowAsync(Guid id, int position, ActionRequestReading reading, HttpContext context, CancellationToken cancellationToken) =>
        RenderAsync(id, position, null, null, StatusCodes.Status200OK, reading, context, cancellationToken);

    public static async Task<IResult> RecordAsync(
        Guid id, int position, [FromForm] string? consent, ConsentStore consents, ActionRequestReading reading, HttpContext context,
        CancellationToken cancellationToken)
    {
        if (!bool.TryParse(consent, out var given))
        {
            return await RenderAsync(id, position, consent, FieldErrors.One("consent", "Kies ja of nee.").ToDictionary(),
                StatusCodes.Status400BadRequest, reading, context, cancellationToken);
        }

        return await consents.RecordByStaffAsync(id, position, given, StaffActor.From(context), cancellationToken) switch
        {
            ConsentOutcome.NotFound => TypedResults.NotFound(),
            ConsentOutcome.Unavailable => await RenderAsync(id, position, consent, FieldErrors.One("position", Unavailable).ToDictionary(),
                StatusCodes.Status410Gone, reading, context, cancellationToken),
            _ => RequestActionResults.Done(id, given ? RequestActionResults.ConsentGiven : RequestActionResults.ConsentWithdrawn),
        };
    }

    private static async Task<IResult> RenderAsync(Guid id, int position, string? consent, Dictionary<string, string[]>? errors, int status,
        ActionRequestReading reading, HttpContext context, CancellationToken cancellationToken) =>
        await reading.ReadAsync(id, "consent", context, cancellationToken) is { } request && request.Caregiver(position) is { } caregiver
            ? PageResults.Page<ConsentPage>(new { Request = request, Caregiver = caregiver, Consent = consent, Errors = errors }, status)
            : TypedResults.NotFound();
}
