using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Npgsql;
using Waardering.Data.CoSigning;
using Waardering.Domain.Requests;
using Waardering.Web.CoSigning;
using Waardering.Web.Pages;

namespace Waardering.Web.Staff.RequestActions;

/// <summary>
/// A recipient without e-mail confirms by phone with the code from the co-sign letter
/// (<c>/staff/requests/{id}/co-signature/code</c>): the officer types the code, and only this
/// request's code confirms it (<see cref="CoSignByCode.ConfirmByOfficerAsync"/>), with the officer on the trail.
/// </summary>
public static class CoSignCodeEndpoints
{
    public const string Path = CoSignatureEndpoints.Path + "/code";

    public const string WrongCode = "Deze code hoort niet bij deze aanvraag. Vraag de zorgvrager de code uit de brief nog eens voor te lezen.";

    public static IEndpointRouteBuilder MapCoSignCodePages(this IEndpointRouteBuilder app)
    {
        app.MapActionPage(Path, ShowAsync);
        app.MapActionForm(Path, CheckAsync);
        return app;
    }

    public static Task<IResult> ShowAsync(Guid id, ActionRequestReading reading, HttpContext context, CancellationToken cancellationToken) =>
        RenderAsync(id, null, null, StatusCodes.Status200OK, reading, context, cancellationToken);

    public static async Task<IResult> CheckAsync(
        Guid id, [FromForm] string? code, NpgsqlDataSource dataSource, IClock clock, ActionRequestReading reading, HttpContext context,
        CancellationToken cancellationToken)
    {
        var officer = StaffActor.From(context) with { Channel = Channel.Phone };
        return await CoSignByCode.ConfirmByOfficerAsync(dataSource, id, code, officer, clock.GetCurrentInstant(), cancellationToken) switch
        {
            CoSignOutcome.Confirmed => RequestActionResults.Done(id, RequestActionResults.CoSigned),
            CoSignOutcome.NotFound => TypedResults.NotFound(),
            CoSignOutcome.WrongToken => await RenderAsync(id, code, FieldErrors.One("code", WrongCode).ToDictionary(),
                StatusCodes.Status400BadRequest, reading, context, cancellationToken),
            _ => await RenderAsync(id, code, FieldErrors.One("id", StaffCoSignEndpoints.NotWaiting).ToDictionary(), StatusCodes.Status409Conflict,
                reading, context, cancellationToken),
        };
    }

    private static async Task<IResult> RenderAsync(Guid id, string? code, Dictionary<string, string[]>? errors, int status,
        ActionRequestReading reading, HttpContext context, CancellationToken cancellationToken) =>
        await reading.ReadAsync(id, "co-signature-code", context, cancellationToken) is { } request
            ? PageResults.Page<CoSignCodePage>(new
            {
                Request = request, Code = code, Errors = errors,
                Refusal = request.Status == RequestStatus.AwaitingCoSignature ? null : StaffCoSignEndpoints.NotWaiting,
            }, status)
            : TypedResults.NotFound();
}
