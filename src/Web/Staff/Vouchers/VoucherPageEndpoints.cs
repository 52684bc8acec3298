using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Waardering.Data.Schemes;
using Waardering.Data.Vouchers;
using Waardering.Web.Pages;
using Waardering.Web.Schemes;
using Waardering.Web.Staff.Payouts;
using Waardering.Web.Vouchers;

namespace Waardering.Web.Staff.Vouchers;

/// <summary>
/// A scheme year's voucher codes (<c>/staff/vouchers</c>): how many are left and handed out, and an
/// import of codes from a file or pasted, read and stored as <c>POST /api/vouchers/{municipality}/{year}</c> does.
/// </summary>
public static class VoucherPageEndpoints
{
    public const string Path = "/staff/vouchers";

    public static IEndpointRouteBuilder MapVoucherPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffPage(Path, ShowAsync, Policies.CaseWork).ScopedByMunicipality();
        app.MapStaffForm(Path, ImportAsync, Policies.CaseWork).ScopedByMunicipality()
            .WithMetadata(new RequestSizeLimitAttribute(VoucherEndpoints.MaxFileBytes));
        return app;
    }

    public static Task<IResult> ShowAsync(
        string? municipality, int? year, int? added, VoucherStock stock, SchemeStore schemes, IClock clock, HttpContext context,
        CancellationToken cancellationToken) =>
        RenderAsync(SchemeChoice.From(context, municipality, year, clock), added, null, null, stock, schemes, cancellationToken);

    /// <summary>
    /// The codes of the uploaded file, or else of the text field. All or nothing, as in the API: a
    /// file with one bad or known code is refused whole, each refused line named.
    /// </summary>
    public static async Task<IResult> ImportAsync(
        string? municipality, int? year, [FromForm] string? codes, IFormCollection form, VoucherStore store, VoucherStock stock,
        SchemeStore schemes, IClock clock, HttpContext context, CancellationToken cancellationToken)
    {
        // The form, not an IFormFile parameter: that would make the route refuse a form without a file (415) before its authorization.
        var file = form.Files.GetFile(VoucherFields.File);
        var errors = new FieldErrors();
        SchemeKey.Check(municipality, year, errors);
        var choice = SchemeChoice.From(context, municipality, year, clock);
        var text = file is { Length: > 0 } ? await ReadAsync(file, cancellationToken) : codes ?? "";
        var field = file is { Length: > 0 } ? VoucherFields.File : VoucherFields.Codes;
        var parsed = new FieldErrors();
        var read = VoucherFile.Parse(text, parsed);
        foreach (var (key, messages) in parsed.ToDictionary())
        {
            // On the page every message stands by the field the codes came from, naming its line.
            var line = key.StartsWith("lines[", StringComparison.Ordinal) ? $"Regel {key[6..^1]}: " : "";
            foreach (var message in messages)
            {
                errors.Add(field, line + message);
            }
        }

        if (!errors.Any)
        {
            var (outcome, duplicates) = await store.ImportAsync(choice.Municipality, choice.Year, read, StaffActor.From(context),
                clock.GetCurrentInstant(), cancellationToken);
            if (outcome == VoucherImportOutcome.Imported)
            {
                return TypedResults.Redirect($"{Path}?{choice.Query}&added={read.Count}");
            }

            errors.Add(field, VoucherFile.Refusal(outcome, choice.Municipality, duplicates));
        }

        var refused = new VoucherRefusal(parsed.ToDictionary().Count(e => e.Key.StartsWith("lines[", StringComparison.Ordinal)), errors.ToDictionary());
        return await RenderAsync(choice, null, refused, file is { Length: > 0 } ? null : codes, stock, schemes, cancellationToken,
            StatusCodes.Status400BadRequest);
    }

    private static async Task<string> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(file.OpenReadStream());
        return await reader.ReadToEndAsync(cancellationToken);
    }

    private static async Task<IResult> RenderAsync(
        SchemeChoice choice, int? added, VoucherRefusal? refused, string? codes, VoucherStock stock, SchemeStore schemes,
        CancellationToken cancellationToken, int statusCode = StatusCodes.Status200OK)
    {
        var scheme = choice.Covered ? await schemes.FindAsync(choice.Municipality, choice.Year, cancellationToken) : null;
        var count = scheme is null ? null : await stock.CountAsync(choice.Municipality, choice.Year, cancellationToken);
        return PageResults.Page<VouchersPage>(new { View = new VouchersView(choice, scheme, count, added, refused, codes) }, statusCode);
    }
}
