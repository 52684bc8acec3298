using Waardering.Domain;

namespace Waardering.Data.Mail;

/// <summary>"budget-alert": to policy staff, in Dutch, when the amount reaches its floor or the budget is exhausted.</summary>
public sealed record BudgetAlertMail(
    string MunicipalityName,
    int Year,
    string Amount,
    string Floor,
    string Available,
    string Granted,
    int OpenUnits,
    int ForecastUnits,
    bool BudgetExhausted) : IMailModel
{
    public const string Template = "budget-alert";

    /// <summary>Policy staff read Dutch.</summary>
    public const string Language = "nl";

    /// <summary>What is still available, never shown below zero: an overrun reads as nothing left.</summary>
    public static BudgetAlertMail For(
        string municipalityName, int year, Money amount, Money floor, long availableCents, Money granted, int openUnits, int forecastUnits,
        bool budgetExhausted) =>
        new(municipalityName, year, amount.ToString(), floor.ToString(), new Money(Math.Max(0, availableCents)).ToString(),
            granted.ToString(), openUnits, forecastUnits, budgetExhausted);
}
