using Waardering.Domain;
using Waardering.Web.Budget;

namespace Waardering.Web.Staff.Dashboard.Budget;

/// <summary>
/// The budget panel's form for a line, as typed: the amount in euros as people write it. Read into
/// the API's body, so the same rules (<see cref="BudgetValidation"/>) decide; their field names
/// are mapped back to this form's. An unticked box sends nothing: "no".
/// </summary>
public sealed record LineForm(
    string? Code, string? Name, string? Source, string? GrantCode, string? GrantLastYear, string? Amount, bool? FundsAppreciation)
{
    public static readonly string[] Fields = ["code", "name", "source", "grantCode", "grantLastYear", "amount"];

    public static LineForm From(IFormCollection form) => new(form["code"], form["name"], form["source"], form["grantCode"],
        form["grantLastYear"], form["amount"], form["fundsAppreciation"] == "true");

    public static LineForm Of(Data.Budget.BudgetLineReport line) => new(line.Code, line.Name, Domain.Vocabulary.Codes.Code(line.Source),
        line.GrantCode, line.GrantLastYear?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        TypedEuros.Write(line.BudgetCents), line.FundsAppreciation);

    public BudgetLineBody Read(FieldErrors errors)
    {
        long? cents = TypedEuros.TryRead(Amount, out var read) ? read : null;
        int? lastYear = int.TryParse(GrantLastYear, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
        if (cents is null)
        {
            errors.Add("amount", "Vul het bedrag in euro's in, bijvoorbeeld 200.000.");
        }

        if (string.IsNullOrWhiteSpace(Source))
        {
            errors.Add("source", "Kies de bron van het geld.");
        }

        if (!string.IsNullOrWhiteSpace(GrantLastYear) && lastYear is null)
        {
            errors.Add("grantLastYear", "Vul een jaartal in, bijvoorbeeld 2026, of laat het leeg.");
        }

        return new BudgetLineBody(Name, Source, cents ?? 0, FundsAppreciation == true,
            string.IsNullOrWhiteSpace(GrantCode) ? null : GrantCode.Trim(), lastYear);
    }

    /// <summary>The API's names for what this form calls differently.</summary>
    public static string FieldOf(string apiField) => apiField == "amountCents" ? "amount" : apiField;
}

/// <summary>The budget panel's form for collective costs (the caregivers' day, a meeting) charged to a line.</summary>
public sealed record CostForm(string? CostLine, string? CostAmount, string? CostDescription)
{
    public static readonly string[] Fields = ["costLine", "costAmount", "costDescription"];

    public static CostForm From(IFormCollection form) => new(form["costLine"], form["costAmount"], form["costDescription"]);

    public ExpenditureBody Read(DashboardQuery query, FieldErrors errors)
    {
        long? cents = TypedEuros.TryRead(CostAmount, out var read) ? read : null;
        if (cents is null)
        {
            errors.Add("costAmount", "Vul het bedrag in euro's in, bijvoorbeeld 12.000.");
        }

        return new ExpenditureBody(query.Municipality, query.Year, CostLine, cents ?? 1, CostDescription);
    }

    public static string FieldOf(string apiField) => apiField switch
    {
        "lineCode" => "costLine",
        "amountCents" => "costAmount",
        "description" => "costDescription",
        _ => apiField,
    };
}
