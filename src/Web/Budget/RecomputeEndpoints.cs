using Waardering.Data.Budget;
using Waardering.Data.Schemes;
using Waardering.Web.Schemes;

namespace Waardering.Web.Budget;

public static class RecomputeEndpoints
{
    public static IEndpointRouteBuilder MapRecomputeEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/schemes/{municipality}/{year:int}").WithTags("Budget").ScopedByMunicipality();
        group.MapPost("/recompute", RecomputeAsync)
            .Describe("RecomputeAmount", "Recompute the scheme's amount from the budget now, for policy staff").RequireAuthorization(Policies.Budget);
        group.MapGet("/amount-history", HistoryAsync)
            .Describe("GetAmountHistory", "Read the history of the scheme's amount, with the inputs of each recompute").RequireAuthorization(Policies.BudgetRead);
        group.MapGet("/what-if", WhatIfEndpoints.WhatIfAsync)
            .Describe("GetAmountWhatIf", "Answer the amount per unit if a given number of units came, within today's budget").RequireAuthorization(Policies.BudgetRead);
        return app;
    }

    /// <summary>Recomputes the amount now; answers the new amount and the inputs it came from.</summary>
    public static async Task<Results<Ok<RecomputeResult>, NotFound, ValidationProblem>> RecomputeAsync(
        string municipality, int year, SchemeStore schemes, IAmountRecomputer recomputer, HttpContext context,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.Check(municipality, year, errors);
        if (errors.Any)
        {
            return ProblemResults.Invalid(errors);
        }

        var scheme = await schemes.FindAsync(municipality, year, cancellationToken);
        var result = scheme is null ? null : await recomputer.RecomputeAsync(scheme.Id, RecomputeReasons.Manual, StaffActor.From(context), cancellationToken);
        return result is null ? TypedResults.NotFound() : TypedResults.Ok(result);
    }

    /// <summary>Every recompute of the scheme, oldest first: the curve of the amount and why it moved.</summary>
    public static async Task<Results<Ok<IReadOnlyList<AmountHistoryEntry>>, ValidationProblem>> HistoryAsync(
        string municipality, int year, AmountHistoryReader reader, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.Check(municipality, year, errors);
        if (errors.Any)
        {
            return ProblemResults.Invalid(errors);
        }

        var history = await reader.ReadAsync(municipality, year, cancellationToken);
        return TypedResults.Ok(history?.Entries ?? []);
    }
}
