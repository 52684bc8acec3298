using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Waardering.Data.Contact;
using Waardering.Data.Outbox;
using Waardering.Data.Schemes;
using Waardering.Domain;
using Waardering.Domain.Requests;

namespace Waardering.Web.Requests;

/// <summary>
/// The "request received" mail: to whoever applied, and to each caregiver who agreed to be
/// contacted. A caregiver's mail also asks, once, whether the municipality may contact them, or
/// carries the link to withdraw that consent. Only the one who applied gets the link to follow the
/// request. The model holds plain values only; the worker renders it.
/// </summary>
public static class ConfirmationMails
{
    public const string Template = "request-received";

    public static IReadOnlyList<OutboxMail> For(
        SchemeRecord scheme, ValidatedRequest request, Guid requestId, string reference, RequestStatus status,
        IReadOnlyList<long> amounts, LocalDate submittedOn, IReadOnlyDictionary<int, ConsentLink> consentLinks, string statusUrl)
    {
        var addressees = new List<(string Address, string Name, ConsentLink? Consent, bool Applicant)>();
        if (request.SubmittedBy == "recipient" && request.Recipient.Email is { } recipientEmail)
        {
            addressees.Add((recipientEmail, request.Recipient.Name, null, true));
        }

        for (var i = 0; i < request.Caregivers.Count; i++)
        {
            var caregiver = request.Caregivers[i];
            // A caregiver who applies is listed first and has agreed by applying.
            var applied = request.SubmittedBy == "caregiver" && i == 0;
            if (caregiver.Email is { } email && (applied || caregiver.ConsentToContact) &&
                !addressees.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase)))
            {
                addressees.Add((email, caregiver.Name, consentLinks.GetValueOrDefault(i + 1), applied));
            }
        }

        var culture = CultureInfo.GetCultureInfo(request.Language == "en" ? "en-GB" : "nl-NL");
        var caregivers = request.Caregivers
            .Select((c, i) => (object?)new Dictionary<string, object?> { ["name"] = c.Name, ["amount"] = new Money(amounts[i]).ToString() })
            .ToList();
        return addressees.Select(a => new OutboxMail(
            Template, request.Language, scheme.MunicipalityCode, a.Address, a.Name,
            new Dictionary<string, object?>
            {
                ["greetingName"] = a.Name,
                ["reference"] = reference,
                ["municipalityName"] = scheme.MunicipalityName,
                ["year"] = scheme.Year,
                ["submittedOn"] = LocalDatePattern.Create("d MMMM uuuu", culture).Format(submittedOn),
                ["caregivers"] = caregivers,
                ["provisional"] = true,
                ["waitingForCoSignature"] = status == RequestStatus.AwaitingCoSignature,
                ["consentUrl"] = a.Consent is { Question: true } ? a.Consent.Url : null,
                ["withdrawUrl"] = a.Consent is { Question: false } ? a.Consent.Url : null,
                ["statusUrl"] = a.Applicant ? statusUrl : null,
            },
            requestId)).ToList();
    }
}
