using System.Text.Json;
using Waardering.Data.Audit;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Web.Staff;

/// <summary>
/// The audit trail's events in the words officers read (one place for every page that shows a
/// trail). An action without words here is shown by its code, so a new one is never hidden.
/// </summary>
public static class AuditWords
{
    private static readonly Dictionary<string, string> Actions = new(StringComparer.Ordinal)
    {
        ["submitted"] = "Aanvraag ingediend",
        ["read"] = "Aanvraag ingezien",
        ["decision"] = "Besluit",
        ["voided"] = "Ongeldig verklaard",
        ["co-signed"] = "Bevestigd door de zorgvrager",
        ["co-sign-reminded"] = "Herinnering om te bevestigen verstuurd",
        ["co-sign-expired"] = "Vervallen: niet bevestigd",
        ["budget-ran-out-at-close"] = "Wacht op budget na sluiten aanvraagperiode",
        ["mail-resent"] = "Mislukte mail opnieuw verstuurd",
        ["iban-change-proposed"] = "IBAN-wijziging voorgesteld",
        ["iban-change-confirmed"] = "IBAN-wijziging bevestigd",
        ["iban-change-withdrawn"] = "IBAN-wijziging ingetrokken",
        ["contact-consent-given"] = "Toestemming voor contact gegeven",
        ["contact-consent-withdrawn"] = "Toestemming voor contact ingetrokken",
        ["register-change-confirmed"] = "Wijziging mantelzorgregister bevestigd",
        ["check-in-sent"] = "Contactmoment verstuurd",
        ["check-in-reminded"] = "Herinnering contactmoment verstuurd",
        ["check-in-answered"] = "Contactmoment beantwoord",
        ["referral-open"] = "Doorverwezen naar ondersteuning",
        ["referral-contacted"] = "Ondersteuning heeft contact gehad",
        ["referral-closed"] = "Doorverwijzing afgesloten",
        ["payment-returned"] = "Betaling teruggekomen",
        ["personal-data-exported"] = "Persoonsgegevens opgevraagd",
        ["personal-data-erased"] = "Persoonsgegevens gewist",
        ["personal-data-removed"] = "Persoonsgegevens verwijderd (bewaartermijn)",
    };

    public static string Label(string action) => Actions.GetValueOrDefault(action, action);

    /// <summary>The event in a line: its label, and for a decision what was decided and why.</summary>
    public static string Describe(AuditEvent e)
    {
        if (e.Action != "decision")
        {
            return Label(e.Action);
        }

        using var details = JsonDocument.Parse(e.Details);
        var status = details.RootElement.TryGetProperty("status", out var s) && Codes.TryParse<RequestStatus>(s.GetString(), out var parsed)
            ? parsed.Label()
            : null;
        var reason = details.RootElement.TryGetProperty("reasonCode", out var r) && r.ValueKind == JsonValueKind.String
            ? StaffWords.ReasonLabel(r.GetString()!)
            : null;
        return string.Join(": ", new[] { Label(e.Action), status, reason }.OfType<string>());
    }

    private static readonly Dictionary<string, string> Others = new(StringComparer.Ordinal)
    {
        [Actor.Citizen.Name] = "Burger",
        [Actor.Recipient.Name] = "Zorgvrager",
        [Actor.Caregiver.Name] = "Mantelzorger",
        [Actor.Worker.Name] = "Systeem",
    };

    /// <summary>Who did it: a member of staff by name; a citizen, caregiver or the system in words.</summary>
    public static string Who(AuditEvent e) => e.Channel == Channel.Backoffice.Code() ? e.Actor : Others.GetValueOrDefault(e.Actor, e.Actor);
}
