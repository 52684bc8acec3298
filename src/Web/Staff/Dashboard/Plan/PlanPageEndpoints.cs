using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Waardering.Data.Budget;
using Waardering.Web.Budget;
using Waardering.Web.Pages;

namespace Waardering.Web.Staff.Dashboard.Plan;

/// <summary>
/// The multi-year plan page (<c>/staff/dashboard/plan</c>): auditors read it; policy staff set
/// its years and add, change and remove rows through the same rules and store as the API
/// (<see cref="PlanChanges"/>, <see cref="PlanStore"/>), each change redirecting back (POST-redirect-GET).
/// </summary>
public static class PlanPageEndpoints
{
    public static IServiceCollection AddPlanPage(this IServiceCollection services) => services.AddDashboardPanel<PlanPanel>();

    public static IEndpointRouteBuilder MapPlanPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffPage(DashboardPanels.Plan, ShowAsync, Policies.BudgetRead).ScopedByMunicipality();
        app.MapStaffForm(PlanLinks.YearsPath, SetYearsAsync, Policies.Budget).ScopedByMunicipality();
        app.MapStaffForm(PlanLinks.RowsPath, (string? municipality, int? year, IFormCollection form, PlanChanges changes, PlanReader reader,
            IClock clock, HttpContext context, CancellationToken ct) => WriteRowAsync(municipality, year, null, form, changes, reader, clock, context, ct),
            Policies.Budget).ScopedByMunicipality();
        app.MapStaffForm($"{PlanLinks.RowsPath}/{{id:long}}", WriteRowAsync, Policies.Budget).ScopedByMunicipality();
        app.MapStaffForm($"{PlanLinks.RowsPath}/{{id:long}}/remove", RemoveRowAsync, Policies.Budget).ScopedByMunicipality();
        return app;
    }

    public static async Task<IResult> ShowAsync(string? municipality, int? year, long? row, string? done, PlanReader reader,
        IAuthorizationService authorization, IClock clock, HttpContext context, CancellationToken cancellationToken)
    {
        if (DashboardQuery.Read(context, municipality, year, clock) is not { } query)
        {
            return TypedResults.NotFound();
        }

        var plan = await reader.ReadAsync(query.Municipality, cancellationToken);
        var editing = plan?.Rows.FirstOrDefault(r => r.Id == row);
        var canEdit = (await authorization.AuthorizeAsync(context.User, Policies.Budget)).Succeeded;
        return Render(query, plan, canEdit, null, done, editing?.Id, editing is null ? null : PlanRowForm.Of(editing));
    }

    public static async Task<IResult> SetYearsAsync(string? municipality, int? year, [FromForm] string? firstYear, [FromForm] string? lastYear,
        PlanStore store, PlanReader reader, IClock clock, HttpContext context, CancellationToken cancellationToken)
    {
        if (DashboardQuery.Read(context, municipality, year, clock) is not { } query)
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors();
        var (first, last) = (Year(firstYear), Year(lastYear));
        PlanValidation.CheckYears(first, last, errors);
        var outcome = errors.Any ? (PlanWriteOutcome?)null
            : await store.SetYearsAsync(query.Municipality, first!.Value, last!.Value, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken);
        if (outcome is PlanWriteOutcome.Created or PlanWriteOutcome.Updated)
        {
            return TypedResults.Redirect(new PlanLinks(query).Done(PlanDone.YearsSet));
        }

        if (!errors.Any)
        {
            errors.Add(PlanFields.FirstYear, $"Gemeente {query.Municipality} is onbekend; maak eerst een regeling aan.");
        }

        return Render(query, await reader.ReadAsync(query.Municipality, cancellationToken), true, errors, years: (firstYear, lastYear));
    }

    public static async Task<IResult> WriteRowAsync(string? municipality, int? year, long? id, IFormCollection form, PlanChanges changes,
        PlanReader reader, IClock clock, HttpContext context, CancellationToken cancellationToken)
    {
        if (DashboardQuery.Read(context, municipality, year, clock) is not { } query)
        {
            return TypedResults.NotFound();
        }

        var errors = new FieldErrors();
        var plan = await reader.ReadAsync(query.Municipality, cancellationToken);
        var typed = plan is null ? null : PlanRowForm.From(form, plan);
        var body = typed?.Read(errors) ?? new PlanRowBody(null, null);
        var result = await changes.WriteRowAsync(query.Municipality, id, body, PlanFields.Amount, context, cancellationToken, errors);
        return result.Outcome switch
        {
            PlanWriteOutcome.Created => TypedResults.Redirect(new PlanLinks(query).Done(PlanDone.RowAdded)),
            PlanWriteOutcome.Updated => TypedResults.Redirect(new PlanLinks(query).Done(PlanDone.RowChanged)),
            PlanWriteOutcome.UnknownRow => TypedResults.NotFound(),
            PlanWriteOutcome.NoPlan => Render(query, plan, true, errors.Add(PlanFields.FirstYear,
                "Het plan heeft nog geen jaren; stel eerst het eerste en laatste jaar in.")),
            _ => Render(query, plan, true, errors, id: id, form: typed),
        };
    }

    /// <summary>
    /// Without <c>confirm</c>: the confirmation that names the row. With it: the row goes. A row not
    /// (or no longer) in this municipality's plan leads back to the plan, where it is not either.
    /// </summary>
    public static async Task<IResult> RemoveRowAsync(string? municipality, int? year, long id, [FromForm] string? confirm, PlanStore store,
        PlanReader reader, IClock clock, HttpContext context, CancellationToken cancellationToken)
    {
        if (DashboardQuery.Read(context, municipality, year, clock) is not { } query)
        {
            return TypedResults.NotFound();
        }

        var links = new PlanLinks(query);
        if (confirm != "yes")
        {
            var row = (await reader.ReadAsync(query.Municipality, cancellationToken))?.Rows.FirstOrDefault(r => r.Id == id);
            return row is null ? TypedResults.Redirect(links.Page) : PageResults.Page<PlanRemovePage>(new { Links = links, Row = row });
        }

        return await store.RemoveRowAsync(query.Municipality, id, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken)
            == PlanWriteOutcome.Removed
            ? TypedResults.Redirect(links.Done(PlanDone.RowRemoved))
            : TypedResults.Redirect(links.Page);
    }

    /// <summary>
    /// The page; a refused form comes back as it was sent, with its errors (status 400). Only
    /// policy staff post forms, so a refused form is always shown to someone who may edit.
    /// </summary>
    private static IResult Render(DashboardQuery query, BudgetPlan? plan, bool canEdit, FieldErrors? errors, string? done = null, long? id = null,
        PlanRowForm? form = null, (string? First, string? Last)? years = null)
    {
        var (first, last) = years ?? (Text(plan?.FirstYear), Text(plan?.LastYear));
        return PageResults.Page<PlanPage>(new
        {
            View = new PlanPageView(query, plan, plan is null ? [] : PlanPanel.ChartsOf(plan), canEdit, done, id,
                form ?? (plan is null ? null : PlanRowForm.Empty(plan)), first, last, errors?.ToDictionary() ?? []),
        }, errors is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static int? Year(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    private static string? Text(int? year) => year?.ToString(CultureInfo.InvariantCulture);
}
