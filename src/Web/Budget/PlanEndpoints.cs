using NodaTime;
using Waardering.Data.Budget;
using Waardering.Web.Schemes;

namespace Waardering.Web.Budget;

/// <summary>
/// A municipality's multi-year plan (Hilversum 2024-2030): its years, its rows of income and
/// planned spending, and per year income, planned and actual spending and the difference.
/// Policy staff write it; auditors read it.
/// </summary>
public static class PlanEndpoints
{
    public static IServiceCollection AddPlanChanges(this IServiceCollection services) => services.AddSingleton<PlanChanges>();

    public static IEndpointRouteBuilder MapPlanEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/budget/{municipality}/plan").WithTags("Budget").ScopedByMunicipality();
        group.MapGet("", GetAsync).RequireAuthorization(Policies.BudgetRead)
            .Describe("GetBudgetPlan", "Read the multi-year plan: its rows, and per year income, planned and actual spending and the difference");
        group.MapPut("", PutYearsAsync).RequireAuthorization(Policies.Budget)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Describe("PutBudgetPlanYears", "Set the plan's first and last year, for policy staff");
        group.MapPost("/rows", AddRowAsync).RequireAuthorization(Policies.Budget)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Describe("AddBudgetPlanRow", "Add a row of income or planned spending to the plan, for policy staff");
        group.MapPut("/rows/{id:long}", ChangeRowAsync).RequireAuthorization(Policies.Budget)
            .Describe("PutBudgetPlanRow", "Change a row of the plan: its name, source and amount per year, for policy staff");
        group.MapDelete("/rows/{id:long}", RemoveRowAsync).RequireAuthorization(Policies.Budget)
            .Describe("DeleteBudgetPlanRow", "Remove a row from the plan, for policy staff");
        return app;
    }

    public static async Task<Results<Ok<BudgetPlan>, NotFound, ValidationProblem>> GetAsync(
        string municipality, PlanReader reader, CancellationToken cancellationToken)
    {
        if (Invalid(municipality) is { } invalid)
        {
            return invalid;
        }

        return await reader.ReadAsync(municipality, cancellationToken) is { } plan ? TypedResults.Ok(plan) : TypedResults.NotFound();
    }

    public static async Task<Results<Ok<PlanYearsBody>, Created<PlanYearsBody>, ValidationProblem, ProblemHttpResult>> PutYearsAsync(
        string municipality, PlanYearsBody body, PlanStore store, IClock clock, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.CheckMunicipality(municipality, errors);
        PlanValidation.CheckYears(body.FirstYear, body.LastYear, errors);
        if (errors.Any)
        {
            return ProblemResults.Invalid(errors);
        }

        return await store.SetYearsAsync(municipality, body.FirstYear!.Value, body.LastYear!.Value, StaffActor.From(context),
                clock.GetCurrentInstant(), cancellationToken) switch
        {
            PlanWriteOutcome.Created => TypedResults.Created(PlanPaths.Of(municipality), body),
            PlanWriteOutcome.Updated => TypedResults.Ok(body),
            _ => UnknownMunicipality(municipality),
        };
    }

    public static async Task<Results<Created<PlanRow>, ValidationProblem, ProblemHttpResult>> AddRowAsync(
        string municipality, PlanRowBody body, PlanChanges changes, HttpContext context, CancellationToken cancellationToken)
    {
        if (Invalid(municipality) is { } invalid)
        {
            return invalid;
        }

        var result = await changes.WriteRowAsync(municipality, null, body, PlanValidation.AmountField, context, cancellationToken);
        return result switch
        {
            { Outcome: PlanWriteOutcome.Created, Id: { } id, Row: { } row } => TypedResults.Created(PlanPaths.Row(municipality, id), View(id, row)),
            { Outcome: null } => ProblemResults.Invalid(result.Errors),
            _ => NoPlan(),
        };
    }

    public static async Task<Results<Ok<PlanRow>, NotFound, ValidationProblem, ProblemHttpResult>> ChangeRowAsync(
        string municipality, long id, PlanRowBody body, PlanChanges changes, HttpContext context, CancellationToken cancellationToken)
    {
        if (Invalid(municipality) is { } invalid)
        {
            return invalid;
        }

        var result = await changes.WriteRowAsync(municipality, id, body, PlanValidation.AmountField, context, cancellationToken);
        return result switch
        {
            { Outcome: PlanWriteOutcome.Updated, Row: { } row } => TypedResults.Ok(View(id, row)),
            { Outcome: null } => ProblemResults.Invalid(result.Errors),
            _ => TypedResults.NotFound(),
        };
    }

    /// <summary>Idempotent: a row that is not (or no longer) in this municipality's plan is gone all the same; only a removal is audited.</summary>
    public static async Task<Results<NoContent, ValidationProblem>> RemoveRowAsync(
        string municipality, long id, PlanStore store, IClock clock, HttpContext context, CancellationToken cancellationToken)
    {
        if (Invalid(municipality) is { } invalid)
        {
            return invalid;
        }

        await store.RemoveRowAsync(municipality, id, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken);
        return TypedResults.NoContent();
    }

    private static PlanRow View(long id, PlanRowInput row) =>
        new(id, row.Kind, row.Name, row.Source, row.GrantCode, row.GrantLastYear, row.AmountCents);

    private static ValidationProblem? Invalid(string municipality)
    {
        var errors = new FieldErrors();
        SchemeKey.CheckMunicipality(municipality, errors);
        return errors.Any ? ProblemResults.Invalid(errors) : null;
    }

    private static ProblemHttpResult NoPlan() => ProblemResults.Unprocessable(
        FieldErrors.One("firstYear", "Dit plan heeft nog geen jaren; stel eerst het eerste en laatste jaar in."), "Het plan heeft nog geen jaren.");

    private static ProblemHttpResult UnknownMunicipality(string municipality) => ProblemResults.Unprocessable(
        FieldErrors.One("municipality", $"Gemeente {municipality} is onbekend; maak eerst een regeling aan."), "Onbekende gemeente.");
}
