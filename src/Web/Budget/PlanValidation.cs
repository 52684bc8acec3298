using System.Globalization;
using Waardering.Data.Budget;
using Waardering.Domain.Budget;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Schemes;

namespace Waardering.Web.Budget;

/// <summary>
/// The rules of a plan's years and rows, for the API and the back office alike. The page names its
/// amount fields differently (it reads euros), so the caller says how a year's amount is named.
/// </summary>
public static class PlanValidation
{
    /// <summary>The API's name of a year's amount: <c>amountCents.2027</c>.</summary>
    public static string AmountField(int year) => $"amountCents.{year}";

    public static void CheckYears(int? firstYear, int? lastYear, FieldErrors errors)
    {
        SchemeKey.CheckYear(firstYear, errors, "firstYear");
        SchemeKey.CheckYear(lastYear, errors, "lastYear");
        if (!errors.Any && (lastYear < firstYear || lastYear - firstYear >= MultiYearEndpoints.MaxYears))
        {
            errors.Add("lastYear", $"Kies een laatste jaar vanaf {firstYear}, hoogstens {MultiYearEndpoints.MaxYears} jaar verder.");
        }
    }

    public static PlanRowInput? Row(PlanRowBody body, int firstYear, int lastYear, Func<int, string> amountField, FieldErrors errors)
    {
        PlanRowKind? kind = Codes.TryParse<PlanRowKind>(body.Kind, out var parsed) ? parsed : null;
        if (kind is null)
        {
            errors.Add("kind", $"Kies uit: {string.Join(", ", Codes.All<PlanRowKind>())}.");
        }

        var name = body.Name?.Trim();
        if (name is not { Length: > 0 and <= 200 })
        {
            errors.Add("name", "Vul een naam in van hoogstens 200 tekens.");
        }

        var source = Source(body, kind, errors);
        var grantCode = string.IsNullOrWhiteSpace(body.GrantCode) ? null : body.GrantCode.Trim();
        Grant(source, grantCode, body.GrantLastYear, errors);
        var amounts = Amounts(body.AmountCents, firstYear, lastYear, amountField, errors);
        foreach (var (year, cents) in amounts.Where(a => source == FundingSource.Spuk && a.Key > body.GrantLastYear && a.Value > 0))
        {
            errors.Add(amountField(year), $"De SPUK-uitkering {grantCode} loopt tot en met {body.GrantLastYear}: in {year} is er geen geld uit, vul 0 in.");
        }

        return errors.Any ? null : new PlanRowInput(kind!.Value, name!, source, grantCode, body.GrantLastYear, amounts);
    }

    private static FundingSource? Source(PlanRowBody body, PlanRowKind? kind, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(body.Source))
        {
            if (kind == PlanRowKind.Income)
            {
                errors.Add("source", $"Inkomsten hebben een bron; kies uit: {string.Join(", ", Codes.All<FundingSource>())}.");
            }

            return null;
        }

        if (!Codes.TryParse<FundingSource>(body.Source, out var source))
        {
            errors.Add("source", $"Kies uit: {string.Join(", ", Codes.All<FundingSource>())}.");
        }
        else if (kind == PlanRowKind.Spending)
        {
            errors.Add("source", "Uitgaven hebben geen bron; alleen inkomsten.");
        }

        return source;
    }

    private static void Grant(FundingSource? source, string? grantCode, int? grantLastYear, FieldErrors errors)
    {
        if (source != FundingSource.Spuk)
        {
            if (grantCode is not null || grantLastYear is not null)
            {
                errors.Add(grantCode is null ? "grantLastYear" : "grantCode", "Alleen een SPUK-uitkering heeft een code en een laatste jaar.");
            }

            return;
        }

        if (grantCode is not { Length: <= 40 })
        {
            errors.Add("grantCode", "Een SPUK-uitkering noemt haar code (hoogstens 40 tekens), bijvoorbeeld GALA.");
        }

        if (grantLastYear is null)
        {
            errors.Add("grantLastYear", "Vul het laatste jaar in waarin de uitkering geld geeft, bijvoorbeeld 2026.");
        }
        else
        {
            SchemeKey.CheckYear(grantLastYear, errors, "grantLastYear");
        }
    }

    private static Dictionary<int, long> Amounts(
        Dictionary<string, long?>? given, int firstYear, int lastYear, Func<int, string> amountField, FieldErrors errors)
    {
        var amounts = Enumerable.Range(firstYear, lastYear - firstYear + 1).ToDictionary(y => y, _ => 0L);
        foreach (var (key, cents) in given ?? [])
        {
            if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || !amounts.ContainsKey(year))
            {
                errors.Add("amountCents", $"{key} is geen jaar van het plan ({firstYear}-{lastYear}).");
            }
            else if (cents is null or < 0 or > BudgetValidation.MaxAmountCents)
            {
                errors.Add(amountField(year), $"Een bedrag is een geheel aantal centen van 0 tot {BudgetValidation.MaxAmountCents}.");
            }
            else
            {
                amounts[year] = cents.Value;
            }
        }

        return amounts;
    }
}
