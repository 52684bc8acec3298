using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Waardering.Data.Budget;
using Waardering.Domain;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Budget;
using Waardering.Web.Pages;

namespace Waardering.Web.Staff.Dashboard.Budget;

/// <summary>
/// The budget panel (<c>/staff/dashboard/budget</c>): budget against spend, and for policy staff
/// the forms that set a line and charge collective costs, through the same store and rules as the
/// API's <c>PUT /api/budget-lines/…</c> and <c>POST /api/expenditures</c> (audited there).
/// </summary>
public static class BudgetPageEndpoints
{
    public static IEndpointRouteBuilder MapBudgetPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffPage(DashboardPanels.Budget, ShowAsync, Policies.BudgetRead).ScopedByMunicipality();
        app.MapStaffForm(DashboardPanels.Budget + "/lines", SaveLineAsync, Policies.Budget).ScopedByMunicipality();
        app.MapStaffForm(DashboardPanels.Budget + "/costs", AddCostAsync, Policies.Budget).ScopedByMunicipality();
        return app;
    }

    public static async Task<IResult> ShowAsync(
        string? municipality, int? year, string? line, string? done, BudgetPanel panel, IAuthorizationService authorization,
        HttpContext context, IClock clock, CancellationToken cancellationToken)
    {
        if (DashboardQuery.Read(context, municipality, year, clock) is not { } query)
        {
            return TypedResults.NotFound();
        }

        var (figures, charts) = await panel.ReadAsync(query, cancellationToken);
        var form = figures.Lines.FirstOrDefault(l => l.Code == line) is { } chosen ? LineForm.Of(chosen) : Blank;
        return Page(new BudgetView(query, figures, charts, await CanEditAsync(authorization, context), form, new CostForm(null, null, null),
            null, Codes.TryParse<BudgetDone>(done, out var d) ? d : null));
    }

    public static async Task<IResult> SaveLineAsync(
        string? municipality, int? year, IFormCollection posted, BudgetPanel panel, BudgetLineStore store, HttpContext context, IClock clock,
        CancellationToken cancellationToken)
    {
        if (DashboardQuery.Read(context, municipality, year, clock) is not { } query)
        {
            return TypedResults.NotFound();
        }

        var form = LineForm.From(posted);
        var errors = new FieldErrors();
        var body = form.Read(errors);
        var rules = new FieldErrors();
        var line = BudgetValidation.Line(query.Municipality, query.Year, form.Code?.Trim() ?? "", body, rules);
        Merge(rules, errors, LineForm.FieldOf);
        if (line is not null && !errors.Any
            && BudgetRefusal.OfLine(await store.UpsertAsync(line, StaffActor.From(context), clock.GetCurrentInstant(), cancellationToken),
                query.Municipality, line.Code) is { } refusal)
        {
            errors.Add(LineForm.FieldOf(refusal.Field), refusal.Message);
        }

        return errors.Any
            ? await RefuseAsync(panel, query, form, new CostForm(null, null, null), errors, cancellationToken)
            : TypedResults.Redirect(query.Link(DashboardPanels.Budget) + "&done=" + BudgetDone.LineSaved.Code());
    }

    public static async Task<IResult> AddCostAsync(
        string? municipality, int? year, IFormCollection posted, BudgetPanel panel, BudgetLineStore store, HttpContext context, IClock clock,
        CancellationToken cancellationToken)
    {
        if (DashboardQuery.Read(context, municipality, year, clock) is not { } query)
        {
            return TypedResults.NotFound();
        }

        var form = CostForm.From(posted);
        var errors = new FieldErrors();
        var body = form.Read(query, errors);
        var rules = new FieldErrors();
        BudgetValidation.CheckExpenditure(body, rules);
        Merge(rules, errors, CostForm.FieldOf);
        var now = clock.GetCurrentInstant();
        var refusal = errors.Any ? null
            : BudgetValidation.IsClosed(query.Year, AmsterdamTime.DateOf(now)) ? BudgetRefusal.ClosedYear(query.Year)
            : BudgetRefusal.OfExpenditure(await store.AddExpenditureAsync(query.Municipality, query.Year, body.LineCode!, body.AmountCents!.Value,
                body.Description!.Trim(), StaffActor.From(context), now, cancellationToken), query.Municipality, query.Year, body.LineCode!);
        if (refusal is not null)
        {
            errors.Add(CostForm.FieldOf(refusal.Field), refusal.Message);
        }

        return errors.Any
            ? await RefuseAsync(panel, query, Blank, form, errors, cancellationToken)
            : TypedResults.Redirect(query.Link(DashboardPanels.Budget) + "&done=" + BudgetDone.CostRecorded.Code());
    }

    private static readonly LineForm Blank = new(null, null, null, null, null, null, false);

    private static async Task<IResult> RefuseAsync(
        BudgetPanel panel, DashboardQuery query, LineForm line, CostForm cost, FieldErrors errors, CancellationToken cancellationToken)
    {
        var (figures, charts) = await panel.ReadAsync(query, cancellationToken);
        return Page(new BudgetView(query, figures, charts, true, line, cost, errors.ToDictionary(), null), StatusCodes.Status400BadRequest);
    }

    private static RazorComponentResult<BudgetPage> Page(BudgetView view, int status = StatusCodes.Status200OK) =>
        PageResults.Page<BudgetPage>(new { View = view }, status);

    /// <summary>The rules' errors under this form's field names; a field the form's own reading already faulted keeps that message.</summary>
    private static void Merge(FieldErrors from, FieldErrors into, Func<string, string> fieldOf)
    {
        var faulted = into.ToDictionary().Keys.ToHashSet();
        foreach (var (field, messages) in from.ToDictionary().Where(e => !faulted.Contains(fieldOf(e.Key))))
        {
            foreach (var message in messages)
            {
                into.Add(fieldOf(field), message);
            }
        }
    }

    private static async Task<bool> CanEditAsync(IAuthorizationService authorization, HttpContext context) =>
        (await authorization.AuthorizeAsync(context.User, Policies.Budget)).Succeeded;
}
