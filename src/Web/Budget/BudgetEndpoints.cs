using NodaTime;
using Waardering.Data.Budget;
using Waardering.Domain;
using Waardering.Web.Schemes;

namespace Waardering.Web.Budget;

public static class BudgetEndpoints
{
    public static IEndpointRouteBuilder MapBudgetEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Budget");
        group.MapPut("/budget-lines/{municipality}/{year:int}/{code}", PutLineAsync)
            .Describe("PutBudgetLine", "Create or update a budget line of a municipality's year, for policy staff")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).RequireAuthorization(Policies.Budget).ScopedByMunicipality();
        group.MapPost("/expenditures", AddExpenditureAsync)
            .Describe("AddExpenditure", "Charge collective costs to a budget line, for policy staff")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).RequireAuthorization(Policies.Budget).ScopedByMunicipality();
        group.MapGet("/budget/{municipality}/{year:int}", GetReportAsync)
            .Describe("GetBudget", "Read budget, committed, spent and remaining per budget line, and the current amount").RequireAuthorization(Policies.BudgetRead)
            .ScopedByMunicipality();
        return app;
    }

    public static async Task<Results<Ok<BudgetLineView>, Created<BudgetLineView>, ValidationProblem, ProblemHttpResult>> PutLineAsync(
        string municipality, int year, string code, BudgetLineBody body, BudgetLineStore store, IClock clock, HttpContext context,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var line = BudgetValidation.Line(municipality, year, code, body, errors);
        if (line is null)
        {
            return ProblemResults.Invalid(errors);
        }

        var view = new BudgetLineView(line.MunicipalityCode, line.Year, line.Code, line.Name, line.Source, line.GrantCode,
            line.GrantLastYear, line.AmountCents, line.FundsAppreciation);
        var outcome = await store.UpsertAsync(line, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken);
        if (BudgetRefusal.OfLine(outcome, municipality, code) is { } refusal)
        {
            return refusal.Problem();
        }

        return outcome == BudgetWriteOutcome.Created
            ? TypedResults.Created($"/api/budget-lines/{municipality}/{year}/{code}", view)
            : TypedResults.Ok(view);
    }

    public static async Task<Results<Created, ValidationProblem, ProblemHttpResult>> AddExpenditureAsync(
        ExpenditureBody body, BudgetLineStore store, IClock clock, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        BudgetValidation.CheckExpenditure(body, errors);
        if (errors.Any)
        {
            return ProblemResults.Invalid(errors);
        }

        var now = clock.GetCurrentInstant();
        if (BudgetValidation.IsClosed(body.Year!.Value, AmsterdamTime.DateOf(now)))
        {
            return BudgetRefusal.ClosedYear(body.Year.Value).Problem();
        }

        var outcome = await store.AddExpenditureAsync(body.Municipality!, body.Year.Value, body.LineCode!, body.AmountCents!.Value,
            body.Description!.Trim(), StaffActor.From(context), now, cancellationToken);
        return BudgetRefusal.OfExpenditure(outcome, body.Municipality!, body.Year.Value, body.LineCode!) is { } refusal
            ? refusal.Problem()
            : TypedResults.Created($"/api/budget/{body.Municipality}/{body.Year}");
    }

    public static async Task<Results<Ok<BudgetReport>, ValidationProblem>> GetReportAsync(
        string municipality, int year, BudgetReportReader reader, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.Check(municipality, year, errors);
        return errors.Any ? ProblemResults.Invalid(errors) : TypedResults.Ok(await reader.ReadAsync(municipality, year, cancellationToken));
    }
}
