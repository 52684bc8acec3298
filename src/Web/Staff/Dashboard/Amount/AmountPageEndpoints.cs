using NodaTime;
using Waardering.Data.Budget;
using Waardering.Domain.Budget;
using Waardering.Web.Budget;
using Waardering.Web.Pages;

namespace Waardering.Web.Staff.Dashboard.Amount;

/// <summary>The amount's page: its terms, its history and the what-if, asked by a GET form so the answer can be shared by its address.</summary>
public static class AmountPageEndpoints
{
    public static IServiceCollection AddAmountPanel(this IServiceCollection services) => services.AddDashboardPanel<AmountPanel>();

    public static IEndpointRouteBuilder MapAmountPanel(this IEndpointRouteBuilder app)
    {
        app.MapStaffPage(DashboardPanels.Amount, ShowAsync, Policies.BudgetRead).ScopedByMunicipality();
        return app;
    }

    /// <summary>With <c>units</c>: the amount at that many units within today's budget, by the API's what-if (400 with the error beside the field).</summary>
    public static async Task<IResult> ShowAsync(
        string? municipality, int? year, string? units, AmountPanel panel, HttpContext context, IClock clock, CancellationToken cancellationToken)
    {
        if (DashboardQuery.Read(context, municipality, year, clock) is not { } query)
        {
            return TypedResults.NotFound();
        }

        var history = await panel.ReadAsync(query, cancellationToken);
        var errors = new FieldErrors();
        WhatIfAnswer? answer = null;
        if (history is not null && units is not null)
        {
            var count = WhatIfEndpoints.CheckUnits(units, errors);
            answer = errors.Any ? null : history.WhatIf(count);
        }

        var view = new AmountPageView(query, history, AmountPanel.Charts(history, query.Year), units, answer, errors.ToDictionary());
        return PageResults.Page<AmountPage>(new { View = view }, errors.Any ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }
}

/// <param name="Units">What was typed in the what-if's field, shown again as typed.</param>
public sealed record AmountPageView(
    DashboardQuery Query, AmountHistory? History, IReadOnlyList<Chart> Charts, string? Units, WhatIfAnswer? Answer,
    IReadOnlyDictionary<string, string[]> Errors);
