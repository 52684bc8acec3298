using NodaTime;
using Waardering.Web.Pages;

namespace Waardering.Web.Staff.Dashboard.History;

/// <summary>The dashboard's requests over time and past years' panels.</summary>
public static class HistoryPages
{
    public static IServiceCollection AddHistoryPages(this IServiceCollection services) =>
        services.AddDashboardPanel<RequestsPanel>();

    public static IEndpointRouteBuilder MapHistoryPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffPage(DashboardPanels.Requests, RequestsAsync, Policies.BudgetRead).ScopedByMunicipality();
        app.MapStaffPage(DashboardPanels.PastYears, PastYearPages.ShowAsync, Policies.BudgetRead).ScopedByMunicipality();
        app.MapStaffForm(DashboardPanels.PastYears, PastYearPages.ImportAsync, Policies.Budget).ScopedByMunicipality();
        app.MapStaffPage(PastYearPages.TemplatePath, PastYearPages.Template, Policies.BudgetRead).ScopedByMunicipality();
        return app;
    }

    public static async Task<IResult> RequestsAsync(
        string? municipality, int? year, RequestsPanel panel, HttpContext context, IClock clock, CancellationToken cancellationToken)
    {
        if (DashboardQuery.Read(context, municipality, year, clock) is not { } query)
        {
            return TypedResults.NotFound();
        }

        var figures = await panel.ReadAsync(query, cancellationToken);
        return PageResults.Page<RequestsPanelPage>(new { Query = query, Figures = figures, Charts = RequestsPanel.Charts(figures) });
    }
}
