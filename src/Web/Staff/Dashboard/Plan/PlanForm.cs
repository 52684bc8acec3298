using System.Globalization;
using Waardering.Data.Budget;
using Waardering.Domain;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Budget;

namespace Waardering.Web.Staff.Dashboard.Plan;

/// <summary>The names of the plan page's form fields; the rules' own fields (name, source, …) keep the API's names.</summary>
public static class PlanFields
{
    public const string FirstYear = "firstYear";
    public const string LastYear = "lastYear";
    public const string Kind = "kind";
    public const string Name = "name";
    public const string Source = "source";
    public const string GrantCode = "grantCode";
    public const string GrantLastYear = "grantLastYear";

    /// <summary>A year's amount in euros, as typed.</summary>
    public static string Amount(int year) => $"amount-{year}";
}

/// <summary>A row of the plan as the form holds it: what was typed, so a refused form comes back as it was sent.</summary>
public sealed record PlanRowForm(
    string? Kind, string? Name, string? Source, string? GrantCode, string? GrantLastYear, IReadOnlyDictionary<int, string?> Amounts)
{
    public static PlanRowForm Empty(BudgetPlan plan) =>
        new(null, null, null, null, null, Years(plan).ToDictionary(y => y, _ => (string?)null));

    public static PlanRowForm Of(PlanRow row) => new(row.Kind.Code(), row.Name, row.Source?.Code(), row.GrantCode,
        row.GrantLastYear?.ToString(CultureInfo.InvariantCulture), row.AmountCents.ToDictionary(a => a.Key, a => (string?)TypedEuros.Write(a.Value)));

    public static PlanRowForm From(IFormCollection form, BudgetPlan plan) => new(
        form[PlanFields.Kind], form[PlanFields.Name], form[PlanFields.Source], form[PlanFields.GrantCode], form[PlanFields.GrantLastYear],
        Years(plan).ToDictionary(y => y, y => (string?)form[PlanFields.Amount(y)].ToString()));

    /// <summary>
    /// The row in the API's shape: euros typed as people type them (<see cref="TypedEuros"/>), an
    /// empty box being 0; what cannot be read is an error beside its box.
    /// </summary>
    public PlanRowBody Read(FieldErrors errors)
    {
        var cents = new Dictionary<string, long?>();
        foreach (var (year, text) in Amounts)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                cents[$"{year}"] = 0;
            }
            else if (TypedEuros.TryRead(text, out var amount))
            {
                cents[$"{year}"] = amount;
            }
            else
            {
                errors.Add(PlanFields.Amount(year), $"Vul voor {year} een bedrag in euro's in, zoals 200.000 of 200000.");
            }
        }

        int? lastYear = null;
        if (!string.IsNullOrWhiteSpace(GrantLastYear))
        {
            if (int.TryParse(GrantLastYear.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                lastYear = year;
            }
            else
            {
                errors.Add(PlanFields.GrantLastYear, "Vul een jaartal in, zoals 2026.");
            }
        }

        return new PlanRowBody(Kind, Name, Source, GrantCode, lastYear, cents);
    }

    private static IEnumerable<int> Years(BudgetPlan plan) => Enumerable.Range(plan.FirstYear, plan.LastYear - plan.FirstYear + 1);
}
