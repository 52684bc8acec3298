using Npgsql;
using Waardering.Data.Contact;
using Waardering.Web.Contact;
using Waardering.Web.Jobs;
using Waardering.Web.Pages;

namespace Waardering.Web.Staff.RequestActions;

/// <summary>The check-ins page's state: this request's check-ins, and the one being answered with what was filled in.</summary>
public sealed record CheckInsView(
    ActionRequest Request, IReadOnlyList<CheckInSummary> CheckIns, CheckInSummary? Answering, CheckInBody Form,
    Dictionary<string, string[]>? Errors);

/// <summary>
/// The check-ins of a request's caregivers (<c>/staff/requests/{id}/check-ins</c>), and for an open
/// one the citizens' questions, for an officer who called the caregiver. Answered through
/// <see cref="CheckInEndpoints.EnterByStaffAsync"/>, as <c>POST /api/check-ins/{id}/answer</c>; a
/// check-in of another request is not found.
/// </summary>
public static class CheckInPageEndpoints
{
    public const string Path = RequestActionPaths.Base + "/check-ins";

    public static IEndpointRouteBuilder MapCheckInPages(this IEndpointRouteBuilder app)
    {
        app.MapActionPage(Path, ShowAsync);
        app.MapActionForm(Path, AnswerAsync);
        return app;
    }

    public static Task<IResult> ShowAsync(
        Guid id, Guid? checkIn, ActionRequestReading reading, CheckInStore checkIns, HttpContext context, CancellationToken cancellationToken) =>
        RenderAsync(id, checkIn, new CheckInBody(), null, StatusCodes.Status200OK, reading, checkIns, context, cancellationToken);

    public static async Task<IResult> AnswerAsync(
        Guid id, IFormCollection form, NpgsqlDataSource dataSource, CheckInStore checkIns, JobTriggers jobs, ActionRequestReading reading,
        HttpContext context, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(form["checkIn"], out var checkIn))
        {
            return await RenderAsync(id, null, new CheckInBody(), FieldErrors.One("checkIn", "Kies de check-in waarvan u de antwoorden invoert.").ToDictionary(),
                StatusCodes.Status400BadRequest, reading, checkIns, context, cancellationToken);
        }

        if (!await CheckInOfRequest.BelongsAsync(dataSource, checkIn, id, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var body = CheckInBody.FromForm(form) with { Token = null };
        var errors = new FieldErrors();
        return await CheckInEndpoints.EnterByStaffAsync(checkIn, body, errors, checkIns, jobs, StaffActor.From(context), cancellationToken) switch
        {
            null => await RenderAsync(id, checkIn, body, errors.ToDictionary(), StatusCodes.Status400BadRequest, reading, checkIns, context, cancellationToken),
            CheckInOutcome.AlreadyAnswered => await RenderAsync(id, null, body, FieldErrors.One("checkIn", CheckInEndpoints.AlreadyAnswered).ToDictionary(),
                StatusCodes.Status409Conflict, reading, checkIns, context, cancellationToken),
            CheckInOutcome.NotFound => TypedResults.NotFound(),
            _ => RequestActionResults.Done(id, RequestActionResults.CheckInAnswered),
        };
    }

    private static async Task<IResult> RenderAsync(
        Guid id, Guid? checkIn, CheckInBody form, Dictionary<string, string[]>? errors, int status, ActionRequestReading reading,
        CheckInStore checkIns, HttpContext context, CancellationToken cancellationToken)
    {
        if (await reading.ReadAsync(id, "check-ins", context, cancellationToken) is not { } request)
        {
            return TypedResults.NotFound();
        }

        // The scheme year's check-ins of this request's reference: the same read as the API's list, on the trail the same way.
        var list = await checkIns.ListAsync(request.MunicipalityCode, request.Year, null, request.Reference, StaffActor.From(context), cancellationToken);
        var answering = list.FirstOrDefault(c => c.Id == checkIn && c.AnsweredAt is null);
        return PageResults.Page<CheckInsPage>(new { View = new CheckInsView(request, list, answering, form, errors) }, status);
    }
}
