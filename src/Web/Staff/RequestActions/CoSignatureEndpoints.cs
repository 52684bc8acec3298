using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Npgsql;
using Waardering.Data.CoSigning;
using Waardering.Domain.Requests;
using Waardering.Web.CoSigning;
using Waardering.Web.Pages;

namespace Waardering.Web.Staff.RequestActions;

/// <summary>
/// The recipient confirms a caregiver's request at the counter or with a signed form
/// (<c>/staff/requests/{id}/co-signature</c>); recorded through <see cref="CoSignByStaff"/>, as
/// <c>POST /api/requests/{id}/co-sign</c> records it.
/// </summary>
public static class CoSignatureEndpoints
{
    public const string Path = RequestActionPaths.Base + "/co-signature";

    public static IEndpointRouteBuilder MapCoSignaturePages(this IEndpointRouteBuilder app)
    {
        app.MapActionPage(Path, ShowAsync);
        app.MapActionForm(Path, RecordAsync);
        return app;
    }

    public static Task<IResult> ShowAsync(Guid id, ActionRequestReading reading, HttpContext context, CancellationToken cancellationToken) =>
        RenderAsync(id, null, null, StatusCodes.Status200OK, reading, context, cancellationToken);

    public static async Task<IResult> RecordAsync(
        Guid id, [FromForm] string? channel, NpgsqlDataSource dataSource, IClock clock, ActionRequestReading reading, HttpContext context,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (StaffCoSignEndpoints.ChannelOf(channel, errors) is not { } where)
        {
            return await RenderAsync(id, channel, errors.ToDictionary(), StatusCodes.Status400BadRequest, reading, context, cancellationToken);
        }

        var officer = StaffActor.From(context) with { Channel = where };
        return await CoSignByStaff.RecordAsync(dataSource, id, officer, clock.GetCurrentInstant(), cancellationToken) switch
        {
            CoSignOutcome.Confirmed => RequestActionResults.Done(id, RequestActionResults.CoSigned),
            CoSignOutcome.NotFound => TypedResults.NotFound(),
            _ => await RenderAsync(id, channel, FieldErrors.One("id", StaffCoSignEndpoints.NotWaiting).ToDictionary(), StatusCodes.Status409Conflict,
                reading, context, cancellationToken),
        };
    }

    private static async Task<IResult> RenderAsync(Guid id, string? channel, Dictionary<string, string[]>? errors, int status,
        ActionRequestReading reading, HttpContext context, CancellationToken cancellationToken) =>
        await reading.ReadAsync(id, "co-signature", context, cancellationToken) is { } request
            ? PageResults.Page<CoSignaturePage>(new
            {
                Request = request, Channel = channel, Errors = errors,
                Refusal = request.Status == RequestStatus.AwaitingCoSignature ? null : StaffCoSignEndpoints.NotWaiting,
            }, status)
            : TypedResults.NotFound();
}
