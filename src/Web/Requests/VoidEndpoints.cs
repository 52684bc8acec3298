using NodaTime;
using Npgsql;
using Waardering.Data.Auth;
using Waardering.Data.Requests;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Web.Requests;

/// <summary>Body of <c>POST /api/requests/{id}/void</c>: why the request is void, for the trail.</summary>
public sealed record VoidBody(string? Reason);

public sealed record VoidedView(Guid Id, string Status);

/// <summary>An officer declares an undecided request void, with a reason; the recipient may then apply again.</summary>
public static class VoidEndpoints
{
    /// <summary>As long as a decision's explanation (DecisionEndpoints).</summary>
    public const int MaxReasonLength = 1000;

    public const string NotAllowedMessage = "Deze aanvraag kan niet ongeldig worden verklaard: er is al over beslist, of zij is al afgesloten.";

    /// <summary>A reason is required, and fits the trail: the API and the back office's void form check it alike.</summary>
    public static FieldErrors? CheckReason(string? reason) =>
        reason?.Trim() is { Length: > 0 and <= MaxReasonLength } ? null
            : FieldErrors.One("reason", $"Geef de reden, in hoogstens {MaxReasonLength} tekens.");

    public static IEndpointRouteBuilder MapVoidEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/requests/{id:guid}/void", VoidAsync).WithTags("Requests")
            .RequireAuthorization(Policies.CaseWork).ScopedByOwner(OwnedKind.Request)
            .Describe("VoidRequest", "Declare an undecided request void, with a reason on its trail, as an officer")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Results<Ok<VoidedView>, NotFound, ValidationProblem, ProblemHttpResult>> VoidAsync(
        Guid id, VoidBody body, NpgsqlDataSource dataSource, IClock clock, HttpContext context, CancellationToken cancellationToken)
    {
        if (CheckReason(body.Reason) is { } errors)
        {
            return ProblemResults.Invalid(errors);
        }

        return await RequestVoiding.VoidAsync(dataSource, id, StaffActor.From(context), body.Reason!.Trim(), clock.GetCurrentInstant(), cancellationToken) switch
        {
            VoidOutcome.NotFound => TypedResults.NotFound(),
            VoidOutcome.NotAllowed => ProblemResults.Conflict("id", NotAllowedMessage),
            _ => TypedResults.Ok(new VoidedView(id, RequestStatus.Voided.Code())),
        };
    }
}
