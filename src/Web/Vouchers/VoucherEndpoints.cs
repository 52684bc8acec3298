using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Waardering.Data.Vouchers;
using Waardering.Web.Schemes;

namespace Waardering.Web.Vouchers;

public sealed record VoucherImport(int Imported);

/// <summary>Voucher codes for schemes that pay in gift cards: a CSV file with one code per line.</summary>
public static class VoucherEndpoints
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

    /// <summary>A file read as <see cref="VoucherFile"/> says: any bad or repeated code refuses it whole.</summary>
    public static async Task<Results<Created<VoucherImport>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        string municipality, int year, HttpRequest request, VoucherStore store, IClock clock, HttpContext context,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SchemeKey.Check(municipality, year, errors);
        using var reader = new StreamReader(request.Body);
        var codes = VoucherFile.Parse(await reader.ReadToEndAsync(cancellationToken), errors);
        if (errors.Any)
        {
            return ProblemResults.Invalid(errors);
        }

        var (outcome, duplicates) = await store.ImportAsync(municipality, year, codes, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken);
        return outcome switch
        {
            VoucherImportOutcome.Imported => TypedResults.Created($"/api/vouchers/{municipality}/{year}", new VoucherImport(codes.Count)),
            VoucherImportOutcome.UnknownMunicipality => ProblemResults.Unprocessable(
                FieldErrors.One("municipality", VoucherFile.Refusal(outcome, municipality, duplicates)), "Onbekende gemeente."),
            _ => ProblemResults.Conflict("body", VoucherFile.Refusal(outcome, municipality, duplicates)),
        };
    }
}
