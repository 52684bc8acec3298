using NodaTime;
using Waardering.Data.Auth;
using Waardering.Data.Decisions;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Web.Decisions;

/// <summary>Body of <c>POST /api/requests/{id}/decision</c>. A rejection gives a reason code; "other" also a reason.</summary>
public sealed record DecisionBody(bool? Approve, string? ReasonCode = null, string? Reason = null);

public sealed record DecisionView(Guid Id, string Status);

public static class DecisionEndpoints
{
    public static readonly string[] ReasonCodes = ["notResident", "noCareRelation", "duplicate", "outsideWindow", "incomplete", "other"];

    public static IEndpointRouteBuilder MapDecisionEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/requests/{id:guid}/decision", DecideAsync).WithTags("Requests")
            .RequireAuthorization(Policies.CaseWork).ScopedByOwner(OwnedKind.Request)
            .Describe("DecideRequest", "Approve or reject a request, with a reason code, as an officer other than the one who entered it")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    public static async Task<Results<Ok<DecisionView>, NotFound, ValidationProblem, ProblemHttpResult>> DecideAsync(
        Guid id, DecisionBody body, DecisionWorkflow decisions, IClock clock, HttpContext context, Waardering.Web.Jobs.JobTriggers jobs,
        CancellationToken cancellationToken)
    {
        var errors = Deciding.Check(body.Approve, body.ReasonCode, body.Reason);
        if (errors.Any)
        {
            return ProblemResults.Invalid(errors);
        }

        var outcome = await Deciding.DecideAsync(decisions, jobs, id, StaffActor.From(context), body.Approve!.Value, body.ReasonCode,
            body.Reason, clock.GetCurrentInstant(), cancellationToken);
        return outcome switch
        {
            DecisionOutcome.NotFound => TypedResults.NotFound(),
            DecisionOutcome.OwnRequest => FourEyes.Refused(Deciding.OwnRequestTitle, "approve", Deciding.OwnRequestMessage),
            DecisionOutcome.NotAllowed => ProblemResults.Conflict("approve", Deciding.NotAllowedMessage),
            DecisionOutcome.Approved => TypedResults.Ok(new DecisionView(id, RequestStatus.Approved.Code())),
            DecisionOutcome.NoVouchersLeft => ProblemResults.Conflict("approve", Deciding.NoVouchersLeftMessage),
            DecisionOutcome.WaitingForBudget => TypedResults.Ok(new DecisionView(id, RequestStatus.WaitingForBudget.Code())),
            _ => TypedResults.Ok(new DecisionView(id, RequestStatus.Rejected.Code())),
        };
    }
}
