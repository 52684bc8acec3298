using NodaTime;
using Waardering.Web.Pages;

namespace Waardering.Web.Staff.Dashboard.CheckIns;

/// <summary>The contactmoment panel (<c>/staff/dashboard/check-ins</c>): charts only, read by whoever reads the budget.</summary>
public static class CheckInPanelEndpoints
{
    public static IServiceCollection AddCheckInPanel(this IServiceCollection services) => services.AddDashboardPanel<CheckInPanel>();

    public static IEndpointRouteBuilder MapCheckInPanel(this IEndpointRouteBuilder app)
    {
        app.MapStaffPage(DashboardPanels.CheckIns, ShowAsync, Policies.BudgetRead).ScopedByMunicipality();
        return app;
    }

    public static async Task<IResult> ShowAsync(
        string? municipality, int? year, CheckInPanel panel, IClock clock, HttpContext context, CancellationToken cancellationToken)
    {
        if (DashboardQuery.Read(context, municipality, year, clock) is not { } query)
        {
            return TypedResults.NotFound();
        }

        var figures = await panel.ReadAsync(query, cancellationToken);
        return PageResults.Page<PanelPage>(new
        {
            Query = query, Title = "Contactmoment", Panel = DashboardPanels.CheckIns, Intro = CheckInPanel.Summary(figures),
            Charts = CheckInPanel.Charts(figures),
        });
    }
}
