using System.Text;
using NodaTime;
using Waardering.Data.Reports;
using Waardering.Domain;
using Waardering.Web.Schemes;

namespace Waardering.Web.Reports;

/// <summary>
/// Past years' figures, imported from a CSV file so the forecast and the comparisons with last
/// year work in the first year of use; and requests over time, against last year, with the forecast.
/// </summary>
public static class PastYearEndpoints
{
    public static IEndpointRouteBuilder MapPastYearEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/budget/{municipality}/past-years").WithTags("Budget").ScopedByMunicipality();
        group.MapPost("", ImportAsync).RequireAuthorization(Policies.Budget)
            .Describe("ImportPastYears", "Import earlier years' requests per week, totals and amount from a CSV file (the body, text/csv), for policy staff")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("", ListAsync).RequireAuthorization(Policies.BudgetRead)
            .Describe("GetPastYears", "Read the imported figures of earlier years");
        group.MapGet("/template.csv", Template).RequireAuthorization(Policies.BudgetRead)
            .Describe("GetPastYearsTemplate", "Download the CSV file to fill in with earlier years' figures").Produces<string>(200, "text/csv");
        app.MapGet("/api/reports/{municipality}/{year:int}/requests-over-time", OverTimeAsync).WithTags("Reports")
            .RequireAuthorization(Policies.BudgetRead).ScopedByMunicipality()
            .Describe("GetRequestsOverTime", "Read requests per week against last year, and the forecast to the closing date with its band");
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<ImportedPastYear>>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        string municipality, HttpRequest request, PastYearStore store, IClock clock, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.CheckMunicipality(municipality, errors);
        if (errors.Any)
        {
            return ProblemResults.Invalid(errors);
        }

        var answer = await PastYearImport.ImportAsync(municipality, request.Body, store, clock, request.HttpContext, cancellationToken);
        return answer.Status switch
        {
            StatusCodes.Status200OK => TypedResults.Ok(await store.ListAsync(municipality, cancellationToken)),
            StatusCodes.Status400BadRequest => ProblemResults.Invalid(answer.Errors),
            _ => ProblemResults.Unprocessable(answer.Errors, "Het bestand is niet ingelezen."),
        };
    }

    public static async Task<Results<Ok<IReadOnlyList<ImportedPastYear>>, ValidationProblem>> ListAsync(
        string municipality, PastYearStore store, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.CheckMunicipality(municipality, errors);
        return errors.Any ? ProblemResults.Invalid(errors) : TypedResults.Ok(await store.ListAsync(municipality, cancellationToken));
    }

    /// <summary>The template, with last year filled in: the year a municipality imports first.</summary>
    public static FileContentHttpResult Template(string municipality, IClock clock) =>
        TypedResults.File(Encoding.UTF8.GetBytes(PastYearCsv.Template(AmsterdamTime.DateOf(clock.GetCurrentInstant()).Year - 1)),
            "text/csv", $"vorige-jaren-{municipality}.csv");

    public static async Task<Results<Ok<RequestsOverTime>, ValidationProblem>> OverTimeAsync(
        string municipality, int year, RequestsOverTimeReader reader, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.Check(municipality, year, errors);
        return errors.Any ? ProblemResults.Invalid(errors) : TypedResults.Ok(await reader.ReadAsync(municipality, year, cancellationToken));
    }
}
