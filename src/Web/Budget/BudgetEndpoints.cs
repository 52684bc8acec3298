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
        return await store.UpsertAsync(line, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken) switch
        {
            BudgetWriteOutcome.Created => TypedResults.Created($"/api/budget-lines/{municipality}/{year}/{code}", view),
            BudgetWriteOutcome.Updated => TypedResults.Ok(view),
            BudgetWriteOutcome.CodeInUse => ProblemResults.Conflict("code",
                $"Code {code} hoort al bij een regel met uitgaven uit een andere bron; kies een nieuwe code."),
            BudgetWriteOutcome.UnknownMunicipality => ProblemResults.Unprocessable(
                FieldErrors.One("municipality", $"Gemeente {municipality} is onbekend; maak eerst een regeling aan."), "Onbekende gemeente."),
            _ => ProblemResults.Unprocessable(
                FieldErrors.One("amountCents", "Er is al meer uitgegeven of toegekend uit deze regel dan dit bedrag."),
                "De begrotingsregel kan niet lager worden dan wat er al uit is toegekend of uitgegeven."),
        };
    }

    public static async Task<Results<Created, ValidationProblem, ProblemHttpResult>> AddExpenditureAsync(
        ExpenditureBody body, BudgetLineStore store, IClock clock, HttpContext context, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.Check(body.Municipality, body.Year, errors);
        BudgetValidation.CheckAmount(body.AmountCents, errors, allowZero: false);
        if (body.LineCode is not { Length: > 0 and <= 40 })
        {
            errors.Add("lineCode", "Vul de code van de begrotingsregel in.");
        }

        if (body.Description?.Trim() is not { Length: > 0 and <= 500 })
        {
            errors.Add("description", "Beschrijf de uitgave in hoogstens 500 tekens.");
        }

        if (errors.Any)
        {
            return ProblemResults.Invalid(errors);
        }

        var now = clock.GetCurrentInstant();
        if (BudgetValidation.IsClosed(body.Year!.Value, AmsterdamTime.DateOf(now)))
        {
            return ProblemResults.Unprocessable(FieldErrors.One("year", $"Het boekjaar {body.Year} is afgesloten."), "Het boekjaar is afgesloten.");
        }

        return await store.AddExpenditureAsync(body.Municipality!, body.Year.Value, body.LineCode!, body.AmountCents!.Value,
                body.Description!.Trim(), StaffActor.From(context), now, cancellationToken) switch
        {
            BudgetWriteOutcome.Created => TypedResults.Created($"/api/budget/{body.Municipality}/{body.Year}"),
            BudgetWriteOutcome.UnknownLine => ProblemResults.Unprocessable(
                FieldErrors.One("lineCode", $"Er is geen begrotingsregel {body.LineCode} voor {body.Municipality} in {body.Year}."),
                "Onbekende begrotingsregel."),
            _ => ProblemResults.Unprocessable(
                FieldErrors.One("amountCents", "Dit bedrag is hoger dan wat er nog over is op de begrotingsregel."),
                "De begrotingsregel raakt hierdoor overschreden."),
        };
    }

    public static async Task<Results<Ok<BudgetReport>, ValidationProblem>> GetReportAsync(
        string municipality, int year, BudgetReportReader reader, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.Check(municipality, year, errors);
        return errors.Any ? ProblemResults.Invalid(errors) : TypedResults.Ok(await reader.ReadAsync(municipality, year, cancellationToken));
    }
}
