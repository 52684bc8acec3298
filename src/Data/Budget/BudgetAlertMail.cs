using Waardering.Data.Outbox;
using Waardering.Data.Schemes;
using Waardering.Domain;

namespace Waardering.Data.Budget;

/// <summary>The "budget alert" mail to policy staff: the amount reached its floor, or the budget ran out.</summary>
public static class BudgetAlertMail
{
    public const string Template = "budget-alert";

    public static OutboxMail For(SchemeRecord scheme, RecomputeResult r, string address) => new(
        Template, "nl", scheme.MunicipalityCode, address, null,
        new Dictionary<string, object?>
        {
            ["municipalityName"] = scheme.MunicipalityName,
            ["year"] = scheme.Year,
            ["amount"] = new Money(r.CurrentAmountCents).ToString(),
            ["floor"] = new Money(scheme.FloorAmountCents).ToString(),
            ["available"] = new Money(Math.Max(0, r.AvailableCents)).ToString(),
            ["granted"] = new Money(r.GrantedCents).ToString(),
            ["openUnits"] = r.OpenUnits,
            ["forecastUnits"] = r.ForecastUnits,
            ["budgetExhausted"] = r.BudgetExhausted,
        },
        RequestId: null);
}
