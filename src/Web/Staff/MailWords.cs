using Waardering.Domain.Mail;

namespace Waardering.Web.Staff;

/// <summary>The outbox's mails in the words officers read: which mail, where it stands, and why it failed.</summary>
public static class MailWords
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["request-received"] = "Ontvangstbevestiging",
        ["co-sign"] = "Verzoek om te bevestigen",
        ["request-expired"] = "Aanvraag vervallen",
        ["decision"] = "Besluit",
        ["payment"] = "Betaling",
        ["voucher"] = "Waardebon",
        ["check-in"] = "Contactmoment",
        ["referral"] = "Doorverwijzing",
        ["support-offer"] = "Aanbod van ondersteuning",
        ["register-change"] = "Wijziging mantelzorgregister",
        ["budget-alert"] = "Budgetwaarschuwing",
    };

    public static string Kind(string template) => Kinds.GetValueOrDefault(template, template);

    public static string Label(this OutboxStatus status) => status switch
    {
        OutboxStatus.Pending => "Wacht op verzending",
        OutboxStatus.Sent => "Verstuurd",
        OutboxStatus.Failed => "Mislukt",
        OutboxStatus.Cancelled => "Niet verstuurd (toestemming ingetrokken)",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>
    /// A mail server's answer in plain words (the SMTP reply codes of RFC 5321 and the enhanced
    /// status codes of RFC 3463); the technical line stays beside it for whoever fixes the cause.
    /// </summary>
    public static string Problem(string? error) => error switch
    {
        null => "Onbekende fout.",
        _ when error.Contains("5.1.1", StringComparison.Ordinal) || error.Contains("MailboxUnavailable", StringComparison.Ordinal)
            => "Het e-mailadres bestaat niet: controleer het adres.",
        _ when error.Contains("not valid", StringComparison.Ordinal) => "Het e-mailadres is ongeldig: controleer het adres.",
        _ when error.Contains("5.2.2", StringComparison.Ordinal) => "De mailbox van de ontvanger is vol.",
        _ when error.StartsWith("Template", StringComparison.Ordinal) || error.StartsWith("No template", StringComparison.Ordinal)
            => "De tekst van de mail kon niet worden gemaakt: een fout in het sjabloon.",
        _ when error.StartsWith("SMTP 5", StringComparison.Ordinal) => "De mailserver van de ontvanger weigert de mail.",
        _ => "De mailserver was niet bereikbaar of antwoordde niet.",
    };
}
