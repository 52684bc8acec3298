using System.Text.Json;
using Waardering.Data.Audit;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Web.Staff;

/// <summary>
/// The kinds of event on the audit trail (<c>audit_events.action</c>) in the Dutch an auditor or
/// officer reads: one mapping for every page that shows the trail. A kind not listed here is shown
/// by its code, so a new event is never hidden, only untranslated.
/// </summary>
public static class AuditWords
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["submitted"] = "Aanvraag ingediend",
        ["read"] = "Aanvraag ingezien",
        ["queue-read"] = "Werkvoorraad ingezien",
        ["decision"] = "Besluit genomen",
        ["voided"] = "Ongeldig verklaard",
        ["withdrawn"] = "Ingetrokken door de inwoner (DigiD)",
        ["email-corrected"] = "E-mailadres aangepast door de inwoner (DigiD)",
        ["co-signed"] = "Bevestigd door de zorgvrager",
        ["co-sign-reminded"] = "Herinnering om te bevestigen verstuurd",
        ["co-sign-expired"] = "Niet bevestigd: vervallen",
        ["budget-ran-out-at-close"] = "Budget op bij sluiting",
        ["batch-created"] = "Betaalbatch gemaakt",
        ["batch-lines-read"] = "Regels van betaalbatch ingezien",
        ["batch-approved"] = "Betaalbatch goedgekeurd door tweede medewerker",
        ["batch-booked"] = "Betaalbatch geboekt",
        ["payment-returned"] = "Betaling teruggekomen",
        ["iban-change-proposed"] = "IBAN-wijziging voorgesteld",
        ["iban-change-confirmed"] = "IBAN-wijziging bevestigd door tweede medewerker",
        ["iban-change-withdrawn"] = "IBAN-wijziging ingetrokken",
        ["mail-resent"] = "Mail opnieuw verstuurd",
        ["letter-printed"] = "Brief afgedrukt",
        ["failed-mails-read"] = "Mislukte mails ingezien",
        ["check-in-sent"] = "Contactmoment verstuurd",
        ["check-in-reminded"] = "Herinnering contactmoment verstuurd",
        ["check-in-answered"] = "Contactmoment beantwoord",
        ["check-ins-read"] = "Contactmomenten ingezien",
        ["contact-consent-given"] = "Toestemming voor contact gegeven",
        ["contact-consent-withdrawn"] = "Toestemming voor contact ingetrokken",
        ["register-change-confirmed"] = "Wijziging in register bevestigd",
        ["referrals-read"] = "Doorverwijzingen ingezien",
        ["referral-contacted"] = "Doorverwijzing: contact opgenomen",
        ["referral-closed"] = "Doorverwijzing afgesloten",
        ["keep-informed-downloaded"] = "Lijst van wie op de hoogte wil blijven gedownload",
        ["season-invitation-sent"] = "Uitnodiging voor de nieuwe ronde verstuurd",
        ["personal-data-exported"] = "Persoonsgegevens opgevraagd",
        ["personal-data-erased"] = "Persoonsgegevens gewist op verzoek",
        ["personal-data-removed"] = "Persoonsgegevens verwijderd na bewaartermijn",
        ["vouchers-imported"] = "Vouchercodes ingelezen",
        ["budget-line-created"] = "Begrotingspost aangemaakt",
        ["budget-line-changed"] = "Begrotingspost gewijzigd",
        ["expenditure-recorded"] = "Uitgave geboekt",
        ["support-set"] = "Ondersteuningsaanbod ingesteld",
        ["referral-open"] = "Doorverwezen naar ondersteuning",
        ["budget-plan-years-set"] = "Jaren van het meerjarenplan ingesteld",
        ["budget-plan-row-added"] = "Regel van het meerjarenplan toegevoegd",
        ["budget-plan-row-changed"] = "Regel van het meerjarenplan gewijzigd",
        ["budget-plan-row-removed"] = "Regel van het meerjarenplan verwijderd",
        ["past-year-imported"] = "Cijfers van een eerder jaar ingevoerd",
        ["population-set"] = "Aantallen mantelzorgers van de gemeente ingesteld",
    };

    /// <summary>Who acted without a staff subject (<c>Data.Audit.Actor</c>'s fixed actors), in Dutch.</summary>
    private static readonly Dictionary<string, string> Actors = new(StringComparer.Ordinal)
    {
        [Data.Audit.Actor.Citizen.Name] = "Inwoner",
        [Data.Audit.Actor.Recipient.Name] = "Zorgvrager, via de link in de mail",
        [Data.Audit.Actor.Caregiver.Name] = "Mantelzorger, via de link in de mail",
        [Data.Audit.Actor.Worker.Name] = "Automatisch",
    };

    public static string Label(string action) => Words.GetValueOrDefault(action, action);

    /// <summary>A member of staff by their name; the service's fixed actors, who have no subject, in words.</summary>
    public static string Actor(string name, string? subject) => subject is null ? Actors.GetValueOrDefault(name, name) : name;

    /// <summary>Who did it, for an event of a request's trail.</summary>
    public static string Who(AuditEvent e) => Actor(e.Actor, e.ActorSubject);

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
}
