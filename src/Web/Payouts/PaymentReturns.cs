using Waardering.Data.Payouts;

namespace Waardering.Web.Payouts;

/// <summary>What the API and the back office both say about recording a payment the bank returned.</summary>
public static class PaymentReturns
{
    public const int MaxReasonLength = 500;

    /// <summary>The bank's reason, trimmed; null (with the error added) when it is missing or too long.</summary>
    public static string? CheckReason(string? reason, FieldErrors errors, string field = "reason")
    {
        if (reason?.Trim() is { Length: > 0 and <= MaxReasonLength } trimmed)
        {
            return trimmed;
        }

        errors.Add(field, $"Geef de reden van de bank op (hoogstens {MaxReasonLength} tekens).");
        return null;
    }

    /// <summary>Why a return was not recorded, for an outcome other than done or not found.</summary>
    public static string Refusal(BatchOutcome outcome) => outcome == BatchOutcome.NotBooked
        ? "Deze betaling zit in een betaalopdracht die nog niet is geboekt: de bank kan haar niet hebben teruggestuurd."
        : "Deze betaling is al als mislukt gemarkeerd.";
}
