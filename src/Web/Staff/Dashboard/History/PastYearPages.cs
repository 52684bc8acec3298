using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Waardering.Data.Reports;
using Waardering.Web.Pages;
using Waardering.Web.Reports;

namespace Waardering.Web.Staff.Dashboard.History;

/// <summary>
/// The past years' page: the imported years for everyone who reads the dashboard, the upload for
/// policy staff (<see cref="Policies.Budget"/>), through the same import as the API.
/// </summary>
public static class PastYearPages
{
    public const string TemplatePath = DashboardPanels.PastYears + "/template.csv";

    public static async Task<IResult> ShowAsync(
        string? municipality, int? year, string? done, PastYearStore store, IAuthorizationService authorization, HttpContext context,
        IClock clock, CancellationToken cancellationToken) =>
        DashboardQuery.Read(context, municipality, year, clock) is { } query
            ? await PageAsync(query, store, authorization, context, done == "imported", null, StatusCodes.Status200OK, cancellationToken)
            : TypedResults.NotFound();

    /// <summary>Reads the uploaded file; after an import, back to the page (POST, then GET), with the errors when it was refused.</summary>
    public static async Task<IResult> ImportAsync(
        string? municipality, int? year, IFormCollection form, PastYearStore store, IAuthorizationService authorization, HttpContext context,
        IClock clock, CancellationToken cancellationToken)
    {
        if (DashboardQuery.Read(context, municipality, year, clock) is not { } query)
        {
            return TypedResults.NotFound();
        }

        // The form, not an IFormFile parameter: that would refuse a form without a file (415) before its authorization.
        if (form.Files.GetFile(PastYearImport.FileField) is not { Length: > 0 } file)
        {
            return await PageAsync(query, store, authorization, context, false,
                new() { [PastYearImport.FileField] = ["Kies het CSV-bestand met de cijfers van eerdere jaren."] },
                StatusCodes.Status400BadRequest, cancellationToken);
        }

        await using var stream = file.OpenReadStream();
        var answer = await PastYearImport.ImportAsync(query.Municipality, stream, store, clock, context, cancellationToken);
        return answer.Imported
            ? TypedResults.Redirect(query.Link(DashboardPanels.PastYears) + "&done=imported")
            : await PageAsync(query, store, authorization, context, false,
                new() { [PastYearImport.FileField] = answer.Errors.ToDictionary().SelectMany(e => e.Value).ToArray() },
                answer.Status, cancellationToken);
    }

    public static IResult Template(string? municipality, int? year, HttpContext context, IClock clock) =>
        DashboardQuery.Read(context, municipality, year, clock) is { } query
            ? PastYearEndpoints.Template(query.Municipality, clock)
            : TypedResults.NotFound();

    private static async Task<IResult> PageAsync(DashboardQuery query, PastYearStore store, IAuthorizationService authorization,
        HttpContext context, bool done, Dictionary<string, string[]>? errors, int status, CancellationToken cancellationToken) =>
        PageResults.Page<PastYearsPage>(new
        {
            Query = query, Years = await store.ListAsync(query.Municipality, cancellationToken), Done = done, Errors = errors,
            CanImport = (await authorization.AuthorizeAsync(context.User, Policies.Budget)).Succeeded,
        }, status);
}
