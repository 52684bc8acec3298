using NodaTime;
using NodaTime.Text;
using Waardering.Data.Letters;
using Waardering.Web.Pages;

namespace Waardering.Web.Staff.Letters;

/// <summary>
/// The letters to print (<c>/staff/letters</c>): what waits in the letter outbox, by day; the day's
/// (or all waiting) letters as one PDF to print; and marking them printed, each on the audit trail
/// with who printed it. A selection names the last letter the officer saw, so a letter written in
/// between is neither in the PDF nor marked printed.
/// </summary>
public static class LetterPageEndpoints
{
    public static IEndpointRouteBuilder MapLetterPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffPage(LetterLinks.Path, ShowAsync, Policies.CaseWork).ScopedByMunicipality();
        app.MapStaffPage(LetterLinks.PdfPath, PdfAsync, Policies.CaseWork).ScopedByMunicipality();
        app.MapStaffForm(LetterLinks.PrintedPath, MarkPrintedAsync, Policies.CaseWork).ScopedByMunicipality();
        return app;
    }

    public static async Task<IResult> ShowAsync(
        string? municipality, int? printed, LetterStore letters, HttpContext context, CancellationToken cancellationToken)
    {
        if (ChosenMunicipality.Of(context, municipality) is not { } code)
        {
            return TypedResults.NotFound();
        }

        var waiting = await letters.WaitingAsync(code, cancellationToken);
        var mine = StaffMunicipalities.Of(context).Codes.Order(StringComparer.Ordinal).ToList();
        return PageResults.Page<LettersPage>(new { View = LettersView.From(code, mine, waiting, printed) });
    }

    public static async Task<IResult> PdfAsync(
        string? municipality, string? day, string? upTo, LetterStore letters, LetterComposer composer, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (Selection(municipality, day, upTo, errors) is not { } s)
        {
            return ProblemResults.Invalid(errors);
        }

        var selected = await letters.ForPrintAsync(s.Municipality, s.Day, s.UpTo, cancellationToken);
        var name = $"brieven-{s.Municipality}-{(s.Day is { } d ? LocalDatePattern.Iso.Format(d) : "alle")}.pdf";
        return TypedResults.File(composer.Pdf(selected), "application/pdf", name);
    }

    public static async Task<IResult> MarkPrintedAsync(
        string? municipality, string? day, string? upTo, IFormCollection form, LetterStore letters, IClock clock, HttpContext context,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (Selection(municipality, day, upTo, errors) is not { } s)
        {
            return ProblemResults.Invalid(errors);
        }

        var count = await letters.MarkPrintedAsync(s.Municipality, s.Day, s.UpTo, StaffActor.From(context), clock.GetCurrentInstant(),
            cancellationToken);
        return TypedResults.Redirect($"{LetterLinks.Path}?municipality={Uri.EscapeDataString(s.Municipality)}&printed={count}");
    }

    /// <summary>The municipality (its scope checked by the route), the day or none for every day, and the last letter seen.</summary>
    private static (string Municipality, LocalDate? Day, Guid UpTo)? Selection(string? municipality, string? day, string? upTo, FieldErrors errors)
    {
        Schemes.SchemeKey.CheckMunicipality(municipality, errors);
        var parsed = day is null ? null : LocalDatePattern.Iso.Parse(day);
        if (parsed is { Success: false })
        {
            errors.Add("day", "Geef de dag als jjjj-mm-dd.");
        }

        if (!Guid.TryParse(upTo, out var last))
        {
            errors.Add("upTo", "Geef de laatste brief van de selectie.");
        }

        return errors.Any ? null : (municipality!, parsed?.Value, last);
    }
}
