using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Waardering.Data.Decisions;
using Waardering.Web.Decisions;
using Waardering.Web.Jobs;
using Waardering.Web.Pages;
using Waardering.Web.Staff.Queue;

namespace Waardering.Web.Staff.Bulk;

/// <summary>
/// Bulk decisions from the work queue: the ticked requests are first shown with what approving
/// them does to the budget and the amount (<see cref="BulkSelection"/>); only the confirmation
/// decides, one request at a time through the same <see cref="DecisionWorkflow"/> as the API, so
/// each decision is on the audit trail on its own, with its own four-eyes check and budget charge.
/// </summary>
public static class BulkDecisionEndpoints
{
    public const string PreviewPath = "/staff/bulk";
    public const string ApprovePath = "/staff/bulk/approve";

    public static IEndpointRouteBuilder MapBulkDecisionPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffForm(PreviewPath, PreviewAsync, Policies.CaseWork).ScopedByMunicipality();
        app.MapStaffForm(ApprovePath, ApproveAsync, Policies.CaseWork).ScopedByMunicipality();
        return app;
    }

    public static async Task<IResult> PreviewAsync(
        string? municipality, int? year, [FromForm] Guid[]? ids, BulkSelection selection, HttpContext context, CancellationToken cancellationToken)
    {
        if (municipality is null || year is null)
        {
            return TypedResults.Redirect(StaffPageRoutes.QueuePath);
        }

        var preview = await selection.PreviewAsync(municipality, year.Value, ids ?? [], StaffActor.From(context), cancellationToken);
        return PageResults.Page<BulkPreviewPage>(new { Municipality = municipality, Year = year.Value, Preview = preview },
            preview is { Candidates.Count: > 0 } ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    public static async Task<IResult> ApproveAsync(
        string? municipality, int? year, [FromForm] Guid[]? ids, BulkSelection selection, DecisionWorkflow decisions, JobTriggers jobs,
        IClock clock, HttpContext context, CancellationToken cancellationToken)
    {
        if (municipality is null || year is null)
        {
            return TypedResults.Redirect(StaffPageRoutes.QueuePath);
        }

        // Read again: only what is of this scheme and still approvable now is decided.
        var officer = StaffActor.From(context);
        var preview = await selection.PreviewAsync(municipality, year.Value, ids ?? [], officer, cancellationToken);
        var outcomes = new List<(BulkCandidate Request, DecisionOutcome Outcome)>();
        foreach (var candidate in preview?.Candidates ?? [])
        {
            var outcome = candidate.Approvable
                ? await Deciding.DecideAsync(decisions, jobs, candidate.Id, officer, approve: true, null, null, clock.GetCurrentInstant(), cancellationToken)
                : candidate.EnteredByOfficer ? DecisionOutcome.OwnRequest : DecisionOutcome.NotAllowed;
            outcomes.Add((candidate, outcome));
        }

        var back = new QueueQuery(municipality, year.Value, null, null, false, false, Data.Requests.QueueSort.Submitted, 1).Link();
        return PageResults.Page<BulkResultPage>(new { Outcomes = outcomes, QueueLink = back });
    }
}
