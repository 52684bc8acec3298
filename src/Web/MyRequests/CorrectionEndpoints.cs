using Microsoft.Extensions.Localization;
using NodaTime;
using Waardering.Data.MyRequests;
using Waardering.Data.Privacy;
using Waardering.Domain;
using Waardering.Web.Auth;
using Waardering.Web.Pages;

namespace Waardering.Web.MyRequests;

/// <summary>
/// A citizen corrects an e-mail address or an IBAN of their undecided request. An e-mail address
/// changes at once; a new IBAN waits for an officer's confirmation (four eyes, as for staff), and
/// the page says so.
/// </summary>
public static class CorrectionEndpoints
{
    public static IEndpointRouteBuilder MapCorrectionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapCitizenPage(MyRequestsEndpoints.Path + "/{id:guid}/correct", PageAsync);
        app.MapPost(MyRequestsEndpoints.Path + "/{id:guid}/email", EmailAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapPost(MyRequestsEndpoints.Path + "/{id:guid}/iban", IbanAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> PageAsync(
        Guid id, HttpContext context, CitizenRequests requests, PersonalDataProtector protector, CancellationToken cancellationToken)
    {
        CitizenPage.NotStored(context.Response);
        return await MyRequestsEndpoints.TheirsAsync(id, context, requests, protector, cancellationToken) is { Undecided: true } request
            ? CorrectPage.Result(request)
            : TypedResults.Redirect(MyRequestsEndpoints.Path);
    }

    private static Task<IResult> EmailAsync(
        Guid id, HttpRequest request, CitizenRequests requests, CitizenChanges changes, PersonalDataProtector protector, IClock clock,
        IStringLocalizer texts, CancellationToken cancellationToken) =>
        CorrectAsync(id, request, requests, protector, "email", "email", cancellationToken, value =>
            value.Length == 0 || EmailAddress.IsValid(value) ? null : texts["my-requests.emailInvalid"].Value,
            (hash, position, value) => changes.CorrectEmailAsync(hash, id, position, value.Length == 0 ? null : value,
                clock.GetCurrentInstant(), cancellationToken));

    private static Task<IResult> IbanAsync(
        Guid id, HttpRequest request, CitizenRequests requests, CitizenChanges changes, PersonalDataProtector protector, IClock clock,
        IStringLocalizer texts, CancellationToken cancellationToken) =>
        CorrectAsync(id, request, requests, protector, "iban", "iban", cancellationToken, value =>
            Iban.TryParse(value, out _) ? null : texts["my-requests.ibanInvalid"].Value,
            (hash, position, value) => changes.ProposeIbanAsync(hash, id, position, Iban.TryParse(value, out var iban) ? iban : default,
                clock.GetCurrentInstant(), cancellationToken));

    /// <summary>
    /// Reads the form (its token checked), finds the citizen's request, checks the value and makes
    /// the change; a value that does not pass comes back on the page beside its field.
    /// </summary>
    private static async Task<IResult> CorrectAsync(
        Guid id, HttpRequest request, CitizenRequests requests, PersonalDataProtector protector, string field, string done,
        CancellationToken cancellationToken, Func<string, string?> check, Func<byte[], int, string, Task<CitizenChangeOutcome>> change)
    {
        CitizenPage.NotStored(request.HttpContext.Response);
        if (await request.ReadCitizenFormAsync(cancellationToken) is not { } form)
        {
            return CitizenFormReading.Refused();
        }

        if (await CitizenSession.BsnAsync(request.HttpContext) is not { } bsn
            || await requests.FindAsync(MyRequestsEndpoints.HashOf(bsn, protector), id, cancellationToken) is not { Undecided: true } theirs
            || !int.TryParse(form["position"], out var position) || !CorrectPage.Positions(theirs, field).Contains(position))
        {
            return TypedResults.Redirect(MyRequestsEndpoints.Path);
        }

        var value = form[CorrectPage.FieldName(field, position)].ToString().Trim();
        if (check(value) is { } error)
        {
            var name = CorrectPage.FieldName(field, position);
            return CorrectPage.Result(theirs, FieldErrors.One(name, error), StatusCodes.Status400BadRequest, (name, value));
        }

        return await change(MyRequestsEndpoints.HashOf(bsn, protector), position, value) switch
        {
            CitizenChangeOutcome.Done => TypedResults.Redirect(MyRequestsEndpoints.Done(done)),
            CitizenChangeOutcome.InBatchOrPaid => TypedResults.Redirect(MyRequestsEndpoints.Done("inBatch")),
            _ => TypedResults.Redirect(MyRequestsEndpoints.Done("decided")),
        };
    }
}
