using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Npgsql;
using Waardering.Data.Auth;
using Waardering.Data.Requests;
using Waardering.Domain.Requests;
using Waardering.Web.Pages;
using Waardering.Web.Requests;

namespace Waardering.Web.Staff.Requests;

/// <summary>
/// Voiding a request from its page: the reason is checked as the API checks it, a confirmation says
/// what voiding does, and "Ongeldig verklaren" (posted again with <c>confirm=yes</c>) voids it as
/// <c>POST /api/requests/{id}/void</c> does (<see cref="RequestVoiding"/>).
/// </summary>
public static class VoidPageEndpoints
{
    public static IEndpointRouteBuilder MapVoidPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffForm("/staff/requests/{id:guid}/void", VoidAsync, Policies.CaseWork).ScopedByOwner(OwnedKind.Request);
        return app;
    }

    public static async Task<IResult> VoidAsync(
        Guid id, [FromForm(Name = VoidForm.Field)] string? reason, [FromForm] string? confirm, RequestPageReading reading, RequestReader reader,
        NpgsqlDataSource dataSource, IClock clock, HttpContext context, CancellationToken cancellationToken)
    {
        if (VoidEndpoints.CheckReason(reason) is { } errors)
        {
            var messages = errors.ToDictionary().Values.SelectMany(m => m).ToArray();
            return await reading.RenderAsync(id, context, null, null, new VoidForm(reason, new Dictionary<string, string[]> { [VoidForm.Field] = messages }),
                StatusCodes.Status400BadRequest, cancellationToken);
        }

        var refused = StaffRefusal.Page(StatusCodes.Status409Conflict, "Niet ongeldig verklaard", VoidEndpoints.NotAllowedMessage, RequestPagePaths.Of(id));
        if (confirm != DecisionPageEndpoints.Confirmed)
        {
            return await reader.FindAsync(id, cancellationToken) switch
            {
                null => TypedResults.NotFound(),
                { } request when !RequestLife.CanBecome(request.Status, RequestStatus.Voided) => refused,
                { } request => PageResults.Page<VoidConfirmPage>(new { Id = id, request.Reference, Reason = reason!.Trim() }),
            };
        }

        return await RequestVoiding.VoidAsync(dataSource, id, StaffActor.From(context), reason!.Trim(), clock.GetCurrentInstant(), cancellationToken) switch
        {
            VoidOutcome.NotFound => TypedResults.NotFound(),
            VoidOutcome.NotAllowed => refused,
            _ => TypedResults.Redirect(RequestPagePaths.Done(id, DonePaths.Voided)),
        };
    }
}
