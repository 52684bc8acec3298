using NodaTime;
using Waardering.Data.Contact;
using Waardering.Data.Mail;
using Waardering.Data.Outbox;
using Waardering.Data.Schemes;
using Waardering.Domain;
using Waardering.Domain.Requests;

namespace Waardering.Web.Requests;

/// <summary>
/// The "request received" mail: to whoever applied, and to each caregiver who agreed to be
/// contacted. A caregiver's mail also asks, once, whether the municipality may contact them, or
/// carries the link to withdraw that consent. Only the one who applied gets the link to follow the
/// request.
/// </summary>
public static class ConfirmationMails
{
    public static IReadOnlyList<OutboxMail> For(
        SchemeRecord scheme, ValidatedRequest request, Guid requestId, string reference, RequestStatus status,
        IReadOnlyList<long> amounts, LocalDate submittedOn, IReadOnlyDictionary<int, ConsentLink> consentLinks, string statusUrl)
    {
        var addressees = new List<(string Address, string Name, ConsentLink? Consent, bool Applicant)>();
        if (request.SubmittedBy == Applicant.Recipient && request.Recipient.Email is { } recipientEmail)
        {
            addressees.Add((recipientEmail, request.Recipient.Name, null, true));
        }

        for (var i = 0; i < request.Caregivers.Count; i++)
        {
            var caregiver = request.Caregivers[i];
            // A caregiver who applies is listed first and has agreed by applying.
            var applied = request.SubmittedBy == Applicant.Caregiver && i == 0;
            if (caregiver.Email is { } email && (applied || caregiver.ConsentToContact) &&
                !addressees.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase)))
            {
                addressees.Add((email, caregiver.Name, consentLinks.GetValueOrDefault(i + 1), applied));
            }
        }

        var caregivers = request.Caregivers.Select((c, i) => (c.Name, new Money(amounts[i]))).ToList();
        return addressees.Select(a => new OutboxMail(
            RequestReceivedMail.Template, request.Language, scheme.MunicipalityCode, a.Address, a.Name,
            RequestReceivedMail.For(request.Language, a.Name, reference, scheme.MunicipalityName, scheme.Year, submittedOn, caregivers,
                waitingForCoSignature: status == RequestStatus.AwaitingCoSignature,
                consentUrl: a.Consent is { Question: true } ? a.Consent.Url : null,
                withdrawUrl: a.Consent is { Question: false } ? a.Consent.Url : null,
                statusUrl: a.Applicant ? statusUrl : null),
            requestId)).ToList();
    }
}
