using NodaTime;
using Waardering.Data.Contact;
using Waardering.Data.Mail;
using Waardering.Data.Outbox;
using Waardering.Data.Requests;
using Waardering.Data.Schemes;
using Waardering.Domain;

namespace Waardering.Web.Requests;

/// <summary>
/// The mails a new request writes in its own transaction: the confirmations, and, when the scheme
/// asks the recipient to confirm a caregiver's request, the mail with the link to co-sign.
/// </summary>
public static class SubmissionMails
{
    public static IReadOnlyList<OutboxMail> For(
        SchemeRecord scheme, ValidatedRequest request, NewRequest newRequest, string reference,
        IReadOnlyDictionary<int, ConsentLink> consentLinks, string publicBaseUrl, string pageToken, string? coSignToken, Instant now)
    {
        var today = AmsterdamTime.DateOf(now);
        var mails = ConfirmationMails.For(scheme, request, newRequest.Id, reference, newRequest.Status,
            newRequest.Caregivers.Select(c => c.AmountCents).ToList(), today, consentLinks,
            StatusLinks.Url(publicBaseUrl, newRequest.Id, pageToken, request.Language)).ToList();
        if (coSignToken is not null && request.Recipient.Email is { } recipientEmail)
        {
            mails.Add(new OutboxMail(CoSignMail.Template, request.Language, scheme.MunicipalityCode, recipientEmail, request.Recipient.Name,
                CoSignMail.For(request.Language, request.Recipient.Name, request.Caregivers[0].Name, reference, scheme.MunicipalityName,
                    scheme.Year, CoSignMail.ConfirmUrlFor(publicBaseUrl, newRequest.Id, coSignToken, request.Language),
                    AmsterdamTime.DateOf(now + NodaTime.Duration.FromDays(scheme.CoSignExpiryDays)), reminder: false),
                newRequest.Id));
        }

        return mails;
    }
}
