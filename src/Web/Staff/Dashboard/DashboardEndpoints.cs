using System.Globalization;
using CsvHelper;
using NodaTime;
using Waardering.Web.Csv;
using Waardering.Web.Pages;
using Waardering.Web.Staff.Dashboard.Budget;

namespace Waardering.Web.Staff.Dashboard;

/// <summary>
/// The policy staff's dashboard (<c>/staff/dashboard</c>): budget against spend, the amount, the
/// requests, the multi-year plan, reach and the contactmoment, per municipality and year. Read by
/// policy staff, admins and auditors (<see cref="Policies.BudgetRead"/>); what changes data posts
/// to routes of <see cref="Policies.Budget"/>, and auditors see no form for it.
/// </summary>
public static class DashboardEndpoints
{
    public static IServiceCollection AddDashboardPages(this IServiceCollection services)
    {
        services.AddDashboardPanel<BudgetPanel>();
        return services;
    }

    public static IEndpointRouteBuilder MapDashboardPages(this IEndpointRouteBuilder app)
    {
        app.MapStaffPage(DashboardPanels.Home, (string? municipality, int? year, HttpContext context, IClock clock) =>
                DashboardQuery.Read(context, municipality, year, clock) is { } query
                    ? Results.Redirect(query.Link(DashboardPanels.Budget)) : Results.NotFound(), Policies.BudgetRead)
            .ScopedByMunicipality();
        app.MapBudgetPages();
        app.MapStaffPage(DashboardPanels.Home + "/{panel}/{chart}.csv", CsvAsync, Policies.BudgetRead).ScopedByMunicipality();
        return app;
    }

    /// <summary>The table of one chart as CSV, from the same reading as the panel's page.</summary>
    public static async Task<IResult> CsvAsync(
        string panel, string chart, string? municipality, int? year, IEnumerable<IDashboardPanel> panels, HttpContext context, IClock clock,
        CancellationToken cancellationToken)
    {
        var path = $"{DashboardPanels.Home}/{panel}";
        if (DashboardQuery.Read(context, municipality, year, clock) is not { } query
            || panels.FirstOrDefault(p => p.Path == path) is not { } found
            || (await found.ChartsAsync(query, cancellationToken)).FirstOrDefault(c => c.Id == chart) is not { } wanted)
        {
            return TypedResults.NotFound();
        }

        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, CsvExport.Options(), leaveOpen: true))
        {
            csv.WriteRecord([.. wanted.Table.Columns]);
            foreach (var row in wanted.Table.Rows)
            {
                foreach (var cell in row)
                {
                    // A number is written as one (not escaped against formulas, which it cannot be); text is escaped.
                    if (cell.Value is { } value)
                    {
                        csv.WriteField(value, cell.Format.AsSpan(), CultureInfo.InvariantCulture);
                    }
                    else
                    {
                        csv.WriteField(cell.Text);
                    }
                }

                csv.EndRecord();
            }
        }

        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), "text/csv",
            $"{panel}-{chart}-{query.Municipality}-{query.Year.ToString(CultureInfo.InvariantCulture)}.csv");
    }
}
