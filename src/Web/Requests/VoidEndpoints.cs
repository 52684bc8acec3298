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
        var reason = body.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > MaxReasonLength)
        {
            return ProblemResults.Invalid(FieldErrors.One("reason", $"Geef de reden, in hoogstens {MaxReasonLength} tekens."));
        }

        return await RequestVoiding.VoidAsync(dataSource, id, StaffActor.From(context), reason, clock.GetCurrentInstant(), cancellationToken) switch
        {
            VoidOutcome.NotFound => TypedResults.NotFound(),
            VoidOutcome.NotAllowed => ProblemResults.Conflict("id",
                "Deze aanvraag kan niet ongeldig worden verklaard: er is al over beslist, of zij is al afgesloten."),
            _ => TypedResults.Ok(new VoidedView(id, RequestStatus.Voided.Code())),
        };
    }
}
