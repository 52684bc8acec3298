using NodaTime;
using Waardering.Data.Mail;
using Waardering.Domain;

namespace Waardering.Worker.Tests.Mail;

/// <summary>Mail models for tests, made by the same builders the service's writers use.</summary>
internal static class MailSamples
{
    public const string Reference = "GM0402-2026-000123";
    public const string Municipality = "Hilversum";
    public const int Year = 2026;

    public static readonly Iban SampleIban = Iban.TryParse("NL91 ABNA 0417 1643 00", out var iban) ? iban : throw new InvalidOperationException();

    /// <summary>To the recipient who applied, for one caregiver, without links: the plainest "request-received".</summary>
    public static RequestReceivedMail RequestReceived(
        string name, string language = "nl", long amountCents = 7_500, bool waitingForCoSignature = false,
        string? consentUrl = null, string? withdrawUrl = null, string? statusUrl = null) =>
        RequestReceivedMail.For(language, name, Reference, Municipality, Year, new LocalDate(2026, 11, 2), [(name, new Money(amountCents))],
            waitingForCoSignature, consentUrl, withdrawUrl, statusUrl);

    public static BudgetAlertMail BudgetAlert(bool budgetExhausted, long availableCents = 15_000_000) =>
        BudgetAlertMail.For(Municipality, Year, new Money(5_000), new Money(5_000), availableCents, new Money(9_000_000), 1200, 800,
            budgetExhausted);
}
