namespace Waardering.Web.Staff.Dashboard;

/// <summary>
/// A panel's charts, read for one municipality and year. The panel's page shows them and the
/// dashboard's CSV route (<c>{Path}/{chartId}.csv</c>) serves each chart's table from the same
/// reading, so the page and the download never disagree.
/// </summary>
public interface IDashboardPanel
{
    /// <summary>The panel's page, one of <see cref="DashboardPanels"/>.</summary>
    string Path { get; }

    Task<IReadOnlyList<Chart>> ChartsAsync(DashboardQuery query, CancellationToken cancellationToken);
}

public static class DashboardPanelRegistration
{
    /// <summary>Registers a panel both as itself (its page handler asks for it) and as one of the dashboard's panels (the CSV route finds it).</summary>
    public static IServiceCollection AddDashboardPanel<TPanel>(this IServiceCollection services)
        where TPanel : class, IDashboardPanel =>
        services.AddScoped<TPanel>().AddScoped<IDashboardPanel>(provider => provider.GetRequiredService<TPanel>());
}
