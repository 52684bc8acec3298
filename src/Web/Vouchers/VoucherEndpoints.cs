using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Waardering.Data.Vouchers;
using Waardering.Web.Schemes;

namespace Waardering.Web.Vouchers;

public sealed record VoucherImport(int Imported);

/// <summary>Voucher codes for schemes that pay in gift cards: a CSV file with one code per line.</summary>
public static partial class VoucherEndpoints
{
    /// <summary>A file of 100,000 codes fits; a larger one is not a voucher order.</summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;

    public static IEndpointRouteBuilder MapVoucherEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/vouchers/{municipality}/{year:int}", ImportAsync).WithTags("Payouts")
            .RequireAuthorization(Policies.CaseWork).ScopedByMunicipality()
            .Describe("ImportVouchers", "Import a file of voucher codes for a scheme year that pays in vouchers")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithMetadata(new RequestSizeLimitAttribute(MaxFileBytes));
        return app;
    }

    /// <summary>
    /// One code per line (4-64 letters, digits or dashes); an optional first line "code" is a
    /// header. Any bad or repeated code refuses the whole file, naming its line; nothing is imported.
    /// </summary>
    public static async Task<Results<Created<VoucherImport>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        string municipality, int year, HttpRequest request, VoucherStore store, IClock clock, HttpContext context,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.Check(municipality, year, errors);
        using var reader = new StreamReader(request.Body);
        var lines = (await reader.ReadToEndAsync(cancellationToken)).Split('\n');
        var codes = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var code = lines[i].Trim().Trim('"', '\r');
            if (code.Length == 0 || (i == 0 && code.Equals("code", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (!Code().IsMatch(code))
            {
                errors.Add($"lines[{i + 1}]", "Een code is 4 tot 64 letters, cijfers of streepjes.");
            }
            else if (!seen.Add(code))
            {
                errors.Add($"lines[{i + 1}]", "Deze code staat twee keer in het bestand.");
            }
            else
            {
                codes.Add(code);
            }
        }

        if (codes.Count == 0 && !errors.Any)
        {
            errors.Add("body", "Het bestand bevat geen codes.");
        }

        if (errors.Any)
        {
            return ProblemResults.Invalid(errors);
        }

        var (outcome, duplicates) = await store.ImportAsync(municipality, year, codes, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken);
        return outcome switch
        {
            VoucherImportOutcome.Imported => TypedResults.Created($"/api/vouchers/{municipality}/{year}", new VoucherImport(codes.Count)),
            VoucherImportOutcome.UnknownMunicipality => ProblemResults.Unprocessable(
                FieldErrors.One("municipality", $"Gemeente {municipality} is onbekend."), "Onbekende gemeente."),
            _ => ProblemResults.Conflict("body", $"Deze codes zijn al eerder ingelezen: {string.Join(", ", duplicates.Take(10))}."),
        };
    }

    [GeneratedRegex("^[A-Za-z0-9-]{4,64}$")]
    private static partial Regex Code();
}
