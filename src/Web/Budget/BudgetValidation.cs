using System.Text.RegularExpressions;
using NodaTime;
using Waardering.Data.Budget;
using Waardering.Domain.Budget;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Schemes;

namespace Waardering.Web.Budget;

public static partial class BudgetValidation
{
    /// <summary>No municipal line comes near € 1 billion; a larger number is a typing error.</summary>
    public const long MaxAmountCents = 100_000_000_000;

    public static BudgetLine? Line(string municipality, int year, string code, BudgetLineBody body, FieldErrors errors)
    {
        SchemeKey.Check(municipality, year, errors);
        if (!LineCode().IsMatch(code))
        {
            errors.Add("code", "Een code is 1 tot 40 kleine letters, cijfers en streepjes, bijvoorbeeld mantelzorgwaardering.");
        }

        var name = body.Name?.Trim();
        if (name is not { Length: > 0 and <= 200 })
        {
            errors.Add("name", "Vul een naam in van hoogstens 200 tekens.");
        }

        if (!Codes.TryParse<FundingSource>(body.Source, out var source))
        {
            errors.Add("source", $"Kies uit: {string.Join(", ", Codes.All<FundingSource>())}.");
        }
        else if (source == FundingSource.Spuk && string.IsNullOrWhiteSpace(body.GrantCode))
        {
            errors.Add("grantCode", "Een SPUK-regel noemt de code van de specifieke uitkering, bijvoorbeeld GALA.");
        }
        else if (source != FundingSource.Spuk && body.GrantCode is not null)
        {
            errors.Add("grantCode", "Alleen een SPUK-regel heeft een uitkeringscode.");
        }

        if (body.GrantCode is { Length: > 40 })
        {
            errors.Add("grantCode", "De code is hoogstens 40 tekens.");
        }

        if (body.GrantLastYear is < SchemeKey.FirstYear or > SchemeKey.LastYear)
        {
            errors.Add("grantLastYear", $"Het jaar ligt tussen {SchemeKey.FirstYear} en {SchemeKey.LastYear}.");
        }

        CheckAmount(body.AmountCents, errors, allowZero: true);
        if (body.FundsAppreciation is null)
        {
            errors.Add("fundsAppreciation", "Geef aan of deze regel de mantelzorgwaardering betaalt (true of false).");
        }

        return errors.Any ? null : new BudgetLine(municipality, year, code, name!, source, body.GrantCode?.Trim(),
            body.GrantLastYear, body.AmountCents!.Value, body.FundsAppreciation!.Value);
    }

    /// <summary>Collective costs charged to a line: which municipality, year and line, how much, and what for.</summary>
    public static void CheckExpenditure(ExpenditureBody body, FieldErrors errors)
    {
        SchemeKey.Check(body.Municipality, body.Year, errors);
        CheckAmount(body.AmountCents, errors, allowZero: false);
        if (body.LineCode is not { Length: > 0 and <= 40 })
        {
            errors.Add("lineCode", "Vul de code van de begrotingsregel in.");
        }

        if (body.Description?.Trim() is not { Length: > 0 and <= 500 })
        {
            errors.Add("description", "Beschrijf de uitgave in hoogstens 500 tekens.");
        }
    }

    /// <summary>
    /// A year's accounts close on 31 March of the next year (the SiSa report follows on 15 July):
    /// after that, costs are no longer charged to it.
    /// </summary>
    public static bool IsClosed(int year, LocalDate today) => today > new LocalDate(year + 1, 3, 31);

    public static void CheckAmount(long? amount, FieldErrors errors, bool allowZero)
    {
        if (amount is null || amount < (allowZero ? 0 : 1) || amount > MaxAmountCents)
        {
            errors.Add("amountCents", $"Een bedrag is een geheel aantal centen van {(allowZero ? 0 : 1)} tot {MaxAmountCents}.");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex LineCode();
}
