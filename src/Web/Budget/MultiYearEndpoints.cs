using System.Globalization;
using CsvHelper;
using Waardering.Data.Budget;
using Waardering.Web.Csv;
using Waardering.Web.Schemes;

namespace Waardering.Web.Budget;

public static class MultiYearEndpoints
{
    /// <summary>Hilversum's plan looks seven years ahead (2024-2030); a longer view is refused as a typing error.</summary>
    public const int MaxYears = 15;

    public static IEndpointRouteBuilder MapMultiYearEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/budget/{municipality}").WithTags("Budget").RequireAuthorization(Policies.BudgetRead)
            .ScopedByMunicipality();
        group.MapGet("", MultiYearAsync)
            .Describe("GetMultiYearBudget", "Read a municipality's budget against spend over the years");
        group.MapGet("/spuk-accounting.csv", SpukCsvAsync)
            .Describe("GetSpukAccounting", "Export the SPUK grant accounting (spent in year, cumulative, unspent) as CSV").Produces<string>(200, "text/csv");
        return app;
    }

    /// <summary>Each year from <c>from</c> to <c>to</c>: lines against what is charged to them, and the difference.</summary>
    public static async Task<Results<Ok<IReadOnlyList<BudgetYear>>, ValidationProblem>> MultiYearAsync(
        string municipality, int? from, int? to, MultiYearReader reader, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.CheckMunicipality(municipality, errors);
        SchemeKey.CheckYear(from, errors, "from");
        SchemeKey.CheckYear(to, errors, "to");
        if (!errors.Any && (to < from || to - from >= MaxYears))
        {
            errors.Add("to", $"Kies een eindjaar vanaf {from}, hoogstens {MaxYears} jaar verder.");
        }

        return errors.Any
            ? ProblemResults.Invalid(errors)
            : TypedResults.Ok(await reader.ReadAsync(municipality, from!.Value, to!.Value, cancellationToken));
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> SpukCsvAsync(
        string municipality, MultiYearReader reader, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.CheckMunicipality(municipality, errors);
        if (errors.Any)
        {
            return ProblemResults.Invalid(errors);
        }

        var rows = await reader.SpukAccountingAsync(municipality, cancellationToken);
        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvExport.Options(), leaveOpen: true))
        {
            csv.WriteRecords(rows.Select(r => new SpukCsvRow
            {
                GrantCode = r.GrantCode, Year = r.Year, BudgetCents = r.BudgetCents, SpentInYearCents = r.SpentInYearCents,
                CumulativeSpentCents = r.CumulativeSpentCents, UnspentCents = r.UnspentCents,
            }));
        }

        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), "text/csv",
            $"spuk-{municipality}.csv");
    }
}

/// <summary>A row of the SPUK accounting export; CsvHelper generates its writer at build time.</summary>
[CsvRecord]
public sealed partial class SpukCsvRow
{
    public string GrantCode { get; init; } = "";
    public int Year { get; init; }
    public long BudgetCents { get; init; }
    public long SpentInYearCents { get; init; }
    public long CumulativeSpentCents { get; init; }
    public long UnspentCents { get; init; }
}
