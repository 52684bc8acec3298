using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Waardering.Data.Population;
using Waardering.Data.Reports;
using Waardering.Domain;
using Waardering.Web.Pages;

namespace Waardering.Web.Staff.Dashboard.Reach;

/// <summary>Everything the reach page shows; the form's values as typed when it comes back with errors.</summary>
public sealed record ReachView(
    DashboardQuery Query, ReachFigures Figures, IReadOnlyList<Chart> Charts, bool CanEdit, PopulationInput Input,
    IReadOnlyDictionary<string, string[]>? Errors, bool Saved);

/// <summary>
/// The reach panel (<c>/staff/dashboard/reach</c>), and the form with which policy staff set the
/// municipality's population figures, through the same <see cref="PopulationStore"/> and rules as
/// <c>PUT /api/municipalities/{code}/population</c>. Auditors see the figures without the form.
/// </summary>
public static class ReachPageEndpoints
{
    public const string PopulationPath = DashboardPanels.Reach + "/population";
    public const string Saved = "population";

    public static IServiceCollection AddReachPages(this IServiceCollection services) => services.AddDashboardPanel<ReachPanel>();

    public static IEndpointRouteBuilder MapReachPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffPage(DashboardPanels.Reach, ShowAsync, Policies.BudgetRead).ScopedByMunicipality();
        app.MapStaffForm(PopulationPath, SetPopulationAsync, Policies.Budget).ScopedByMunicipality();
        return app;
    }

    public static async Task<IResult> ShowAsync(
        string? municipality, int? year, string? done, ReachPanel panel, IAuthorizationService authorization, IClock clock,
        HttpContext context, CancellationToken cancellationToken)
    {
        if (DashboardQuery.Read(context, municipality, year, clock) is not { } query)
        {
            return TypedResults.NotFound();
        }

        return await RenderAsync(panel, authorization, context, query, null, null, done == Saved, StatusCodes.Status200OK, cancellationToken);
    }

    /// <summary>Sets the figures, then back to the panel (POST-redirect-GET); with errors the form comes back as sent.</summary>
    public static async Task<IResult> SetPopulationAsync(
        string? municipality, int? year, [FromForm] string? longTermCaregivers, [FromForm] string? intensiveCaregivers,
        [FromForm] string? heavilyBurdenedCaregivers, [FromForm] string? source, [FromForm] string? figuresYear,
        ReachPanel panel, PopulationStore store, IAuthorizationService authorization, IClock clock, HttpContext context,
        CancellationToken cancellationToken)
    {
        if (DashboardQuery.Read(context, municipality, year, clock) is not { } query)
        {
            return TypedResults.NotFound();
        }

        var input = new PopulationInput(longTermCaregivers, intensiveCaregivers, heavilyBurdenedCaregivers, source, figuresYear);
        var errors = new FieldErrors();
        if (input.Validate(AmsterdamTime.DateOf(clock.GetCurrentInstant()).Year, errors) is not { } figures)
        {
            return await RenderAsync(panel, authorization, context, query, input, errors, false, StatusCodes.Status400BadRequest,
                cancellationToken);
        }

        return await store.SetAsync(query.Municipality, figures, StaffActor.From(context), cancellationToken)
            ? TypedResults.Redirect(query.Link(DashboardPanels.Reach) + "&done=" + Saved)
            : TypedResults.NotFound();
    }

    private static async Task<IResult> RenderAsync(
        ReachPanel panel, IAuthorizationService authorization, HttpContext context, DashboardQuery query, PopulationInput? input,
        FieldErrors? errors, bool saved, int statusCode, CancellationToken cancellationToken)
    {
        var figures = await panel.ReadAsync(query, cancellationToken);
        var canEdit = (await authorization.AuthorizeAsync(context.User, Policies.Budget)).Succeeded;
        var view = new ReachView(query, figures, ReachPanel.Charts(figures), canEdit, input ?? PopulationInput.Of(figures.Population),
            errors?.ToDictionary(), saved);
        return PageResults.Page<ReachPage>(new { View = view }, statusCode);
    }
}
