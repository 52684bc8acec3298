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
        var errors = new FieldErrors();
        if (body.Approve is null)
        {
            errors.Add("approve", "Geef aan of de aanvraag wordt toegekend (true) of afgewezen (false).");
        }
        else if (body.Approve == false && (body.ReasonCode is null || !ReasonCodes.Contains(body.ReasonCode)))
        {
            errors.Add("reasonCode", $"Kies een reden: {string.Join(", ", ReasonCodes)}.");
        }
        else if (body.ReasonCode == "other" && string.IsNullOrWhiteSpace(body.Reason))
        {
            errors.Add("reason", "Licht de reden toe.");
        }

        if (body.Reason is { Length: > 1000 })
        {
            errors.Add("reason", "De toelichting is hoogstens 1000 tekens.");
        }

        if (errors.Any)
        {
            return ProblemResults.Invalid(errors);
        }

        var officer = StaffActor.From(context);
        var now = clock.GetCurrentInstant();
        var outcome = body.Approve == true
            ? await decisions.ApproveAsync(id, officer, now, cancellationToken)
            : await decisions.RejectAsync(id, officer, body.ReasonCode!, body.Reason?.Trim(), now, cancellationToken);
        if (outcome is DecisionOutcome.Approved or DecisionOutcome.WaitingForBudget or DecisionOutcome.Rejected)
        {
            jobs.MailWritten();
        }

        return outcome switch
        {
            DecisionOutcome.NotFound => TypedResults.NotFound(),
            DecisionOutcome.OwnRequest => FourEyes.Refused("Een andere medewerker moet over deze aanvraag beslissen (vier ogen).",
                "approve", "U heeft deze aanvraag zelf ingevoerd."),
            DecisionOutcome.NotAllowed => ProblemResults.Conflict("approve",
                "Over deze aanvraag kan nu niet worden beslist: er is al over beslist, of de zorgvrager moet haar nog bevestigen."),
            DecisionOutcome.Approved => TypedResults.Ok(new DecisionView(id, RequestStatus.Approved.Code())),
            DecisionOutcome.NoVouchersLeft => ProblemResults.Conflict("approve",
                "Er zijn geen waardebonnen meer voor deze regeling. Importeer eerst nieuwe codes."),
            DecisionOutcome.WaitingForBudget => TypedResults.Ok(new DecisionView(id, RequestStatus.WaitingForBudget.Code())),
            _ => TypedResults.Ok(new DecisionView(id, RequestStatus.Rejected.Code())),
        };
    }
}
