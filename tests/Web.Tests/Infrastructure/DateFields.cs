using Microsoft.Playwright;

namespace Waardering.Web.Tests.Infrastructure;

/// <summary>A date asked as three fields (day, month, year), found by the date's legend and each field's label.</summary>
public static class DateFields
{
    public static async Task FillDateAsync(this IPage page, string legend, string day, string month, string year)
    {
        var date = Date(page, legend);
        await date.GetByLabel("Dag").FillAsync(day);
        await date.GetByLabel("Maand").FillAsync(month);
        await date.GetByLabel("Jaar").FillAsync(year);
    }

    public static ILocator Date(IPage page, string legend) => page.GetByRole(AriaRole.Group, new PageGetByRoleOptions { Name = legend, Exact = true });
}
