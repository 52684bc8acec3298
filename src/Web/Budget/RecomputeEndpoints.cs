using Dapper;
using Npgsql;
using Waardering.Data.Budget;
using Waardering.Data.Schemes;
using Waardering.Web.Schemes;

namespace Waardering.Web.Budget;

public sealed record AmountHistoryEntry(
    NodaTime.Instant ComputedAt, string Reason, long AvailableCents, long GrantedCents, int OpenUnits, int ForecastUnits,
    string ForecastMethod, long ResultCents, bool BelowFloor, bool BudgetExhausted);

public static class RecomputeEndpoints
{
    public static IEndpointRouteBuilder MapRecomputeEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/schemes/{municipality}/{year:int}").WithTags("Budget").ScopedByMunicipality();
        group.MapPost("/recompute", RecomputeAsync)
            .Describe("RecomputeAmount", "Recompute the scheme's amount from the budget now, for policy staff").RequireAuthorization(Policies.Budget);
        group.MapGet("/amount-history", HistoryAsync)
            .Describe("GetAmountHistory", "Read the history of the scheme's amount, with the inputs of each recompute").RequireAuthorization(Policies.BudgetRead);
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
    public static async Task<Results<Ok<List<AmountHistoryEntry>>, ValidationProblem>> HistoryAsync(
        string municipality, int year, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.Check(municipality, year, errors);
        if (errors.Any)
        {
            return ProblemResults.Invalid(errors);
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<AmountHistoryEntry>(new CommandDefinition("""
            select a.computed_at, a.reason, a.available_cents, a.granted_cents, a.open_units, a.forecast_units,
                a.forecast_method, a.result_cents, a.below_floor, a.budget_exhausted
            from amount_recomputes a join schemes s on s.id = a.scheme_id
            where s.municipality_code = @municipality and s.year = @year
            order by a.computed_at, a.id
            """, new { municipality, year }, cancellationToken: cancellationToken));
        return TypedResults.Ok(rows.ToList());
    }
}
