using NodaTime;
using Waardering.Data.Budget;

namespace Waardering.Web.Budget;

/// <summary>What a write to a plan row came to: the outcome, the row's id, and the errors of a refused body.</summary>
public sealed record PlanRowResult(PlanWriteOutcome? Outcome, long? Id, PlanRowInput? Row, FieldErrors Errors);

/// <summary>
/// A row of the plan added or changed, for the API and the back office alike: the row is checked
/// against the plan's years as they are now, then written with who wrote it.
/// </summary>
public sealed class PlanChanges(PlanReader reader, PlanStore store, IClock clock)
{
    /// <summary>Writes nothing when <paramref name="errors"/> (the page's reading of the form) already holds one; adds the rules' errors to it.</summary>
    public async Task<PlanRowResult> WriteRowAsync(string municipality, long? id, PlanRowBody body, Func<int, string> amountField,
        HttpContext context, CancellationToken cancellationToken, FieldErrors? errors = null)
    {
        errors ??= new FieldErrors();
        if (await reader.ReadAsync(municipality, cancellationToken) is not { } plan)
        {
            return new PlanRowResult(PlanWriteOutcome.NoPlan, id, null, errors);
        }

        if (PlanValidation.Row(body, plan.FirstYear, plan.LastYear, amountField, errors) is not { } row)
        {
            return new PlanRowResult(null, id, null, errors);
        }

        var (actor, now) = (StaffActor.From(context), clock.GetCurrentInstant());
        if (id is { } existing)
        {
            return new PlanRowResult(await store.ChangeRowAsync(municipality, existing, row, actor, now, cancellationToken), id, row, errors);
        }

        var (outcome, added) = await store.AddRowAsync(municipality, row, actor, now, cancellationToken);
        return new PlanRowResult(outcome, added, row, errors);
    }
}
