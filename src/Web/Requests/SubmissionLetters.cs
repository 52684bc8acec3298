using NodaTime;
using Waardering.Data.Letters;
using Waardering.Data.Mail;
using Waardering.Data.Requests;
using Waardering.Data.Schemes;
using Waardering.Domain;
using Waardering.Domain.Requests;

namespace Waardering.Web.Requests;

/// <summary>
/// The letters a new request writes in its own transaction, for whoever must hear of it and has
/// no e-mail address: the confirmation to the one who applied, and the co-sign request to the
/// recipient, with the code to confirm on the page or by phone.
/// </summary>
public static class SubmissionLetters
{
    public static IReadOnlyList<OutboxLetter> For(
        SchemeRecord scheme, ValidatedRequest request, NewRequest newRequest, string reference, RequestStatus status,
        string publicBaseUrl, string? coSignCode, Instant now)
    {
        var letters = new List<OutboxLetter>();
        var caregivers = newRequest.Caregivers.Select(c => (c.Name, new Money(c.AmountCents))).ToList();
        if (Applicant(request) is { } to)
        {
            letters.Add(new OutboxLetter(RequestReceivedMail.Template, request.Language, scheme.MunicipalityCode, to.Name, to.Address,
                RequestReceivedMail.For(request.Language, to.Name, reference, scheme.MunicipalityName, scheme.Year, AmsterdamTime.DateOf(now),
                    caregivers, waitingForCoSignature: status == RequestStatus.AwaitingCoSignature), newRequest.Id));
        }

        if (coSignCode is not null && status == RequestStatus.AwaitingCoSignature)
        {
            var recipient = request.Recipient;
            var mail = CoSignMail.For(request.Language, recipient.Name, request.Caregivers[0].Name, reference, scheme.MunicipalityName,
                scheme.Year, CoSignMail.CodePageFor(publicBaseUrl, request.Language), AmsterdamTime.DateOf(now + Duration.FromDays(scheme.CoSignExpiryDays)),
                reminder: false);
            letters.Add(new OutboxLetter(CoSignMail.Template, request.Language, scheme.MunicipalityCode, recipient.Name,
                RecipientAddress(request), mail.ForLetter(coSignCode, publicBaseUrl, request.Language), newRequest.Id));
        }

        return letters;
    }

    /// <summary>The one who applied, when they gave no e-mail address and an address a letter can go to.</summary>
    private static (string Name, PostalAddress Address)? Applicant(ValidatedRequest request)
    {
        if (request.SubmittedBy == Domain.Requests.Applicant.Recipient)
        {
            return request.Recipient.Email is null ? (request.Recipient.Name, RecipientAddress(request)) : null;
        }

        var caregiver = request.Caregivers[0];
        return caregiver.Email is null && request.Addresses.GetValueOrDefault(1) is { Deliverable: true } address
            ? (caregiver.Name, address)
            : null;
    }

    public static PostalAddress RecipientAddress(ValidatedRequest request)
    {
        var extra = request.Addresses.GetValueOrDefault(RequestAddresses.Recipient);
        return new PostalAddress(extra?.Street, request.Recipient.HouseNumber, request.Recipient.Postcode.Value, extra?.City);
    }
}
