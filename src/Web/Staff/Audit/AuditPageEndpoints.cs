using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Auth;
using Waardering.Domain;
using Waardering.Web.Audit;
using Waardering.Web.Pages;

namespace Waardering.Web.Staff.Audit;

/// <summary>
/// The auditor's pages, read-only: a scheme year's trail (paged, by kind and date) with the CSV
/// export, and one request's trail. Same policy (<see cref="Policies.Audit"/>) and the same reads
/// as the API's <see cref="AuditExportEndpoints"/> and request history, which the API does not log
/// either: the trail holds staff names and codes, not a citizen's personal data.
/// </summary>
public static class AuditPageEndpoints
{
    public static IEndpointRouteBuilder MapAuditPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffPage(AuditQuery.Path, ShowYearAsync, Policies.Audit).ScopedByMunicipality();
        app.MapStaffPage(AuditQuery.ExportPath, AuditExportEndpoints.ExportAsync, Policies.Audit).ScopedByMunicipality();
        app.MapStaffPage(AuditQuery.RequestPattern, ShowRequestAsync, Policies.Audit).ScopedByOwner(OwnedKind.Request);
        return app;
    }

    public static async Task<IResult> ShowYearAsync(
        string? municipality, int? year, string? kind, string? from, string? to, int? page, NpgsqlDataSource dataSource, IClock clock,
        HttpContext context, CancellationToken cancellationToken)
    {
        if (ChosenMunicipality.Of(context, municipality) is not { } code)
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors();
        var (fromDate, toDate) = (AuditDates.Read(from, "from", errors), AuditDates.Read(to, "to", errors));
        if (fromDate > toDate)
        {
            errors.Add("to", "De einddatum ligt vóór de begindatum.");
        }

        var query = new AuditQuery(code, year ?? AmsterdamTime.DateOf(clock.GetCurrentInstant()).Year,
            string.IsNullOrWhiteSpace(kind) ? null : kind, fromDate, toDate, page is > 0 and < 100_000 ? page.Value : 1);
        var trail = errors.Any ? null : await AuditTrail.PageForSchemeAsync(
            dataSource, query.Municipality, query.Year, query.ToFilter(), query.Page, AuditQuery.PageSize, cancellationToken);
        var view = new AuditYearView(query, from, to, StaffMunicipalities.Of(context).Codes, trail, errors.ToDictionary());
        return PageResults.Page<AuditYearPage>(new { View = view }, errors.Any ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }

    public static async Task<IResult> ShowRequestAsync(Guid id, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        if (await AuditTrail.RequestAsync(dataSource, id, cancellationToken) is not { } request)
        {
            return TypedResults.NotFound();
        }

        var events = await AuditLog.ForRequestAsync(dataSource, id, cancellationToken);
        return PageResults.Page<AuditRequestPage>(new { Request = request, Events = events });
    }
}

/// <summary>Everything the scheme year's trail page shows; the dates as typed, so a wrong one comes back to be corrected.</summary>
public sealed record AuditYearView(
    AuditQuery Query, string? FromText, string? ToText, IReadOnlyCollection<string> Municipalities, AuditTrailPage? Trail,
    IReadOnlyDictionary<string, string[]> Errors);
