using Waardering.Data.Budget;

namespace Waardering.Web.Budget;

/// <summary>Body of <c>PUT /api/budget/{municipality}/plan</c>: the plan's first and last year (Hilversum: 2024 and 2030).</summary>
public sealed record PlanYearsBody(int? FirstYear, int? LastYear);

/// <summary>
/// Body of a plan row (<c>POST …/plan/rows</c>, <c>PUT …/plan/rows/{id}</c>). <c>kind</c> is income or
/// spending; income names its <c>source</c> (municipal, spuk, other), and a SPUK row its
/// <c>grantCode</c> and <c>grantLastYear</c>. <c>amountCents</c> holds an amount per year of the
/// plan, keyed by the year (<c>{"2024": 20000000}</c>); a year left out is 0.
/// </summary>
public sealed record PlanRowBody(
    string? Kind, string? Name, string? Source = null, string? GrantCode = null, int? GrantLastYear = null,
    Dictionary<string, long?>? AmountCents = null);

/// <summary>Where a row of the plan can be read, changed and removed.</summary>
public static class PlanPaths
{
    public static string Of(string municipality) => $"/api/budget/{municipality}/plan";

    public static string Row(string municipality, long id) => $"{Of(municipality)}/rows/{id}";
}
