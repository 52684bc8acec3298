using NodaTime;
using Waardering.Domain.Requests;

namespace Waardering.Data.MyRequests;

/// <summary>
/// A request as the citizen it names sees it on their own page: what they need to follow it, the
/// IBANs masked, no BSN. <see cref="Sent"/> tells whether they applied for it themselves.
/// </summary>
public sealed record CitizenRequest(
    Guid Id, string Reference, string MunicipalityName, int Year, RequestStatus Status, Applicant SubmittedBy, bool Sent,
    Instant SubmittedAt, long UnitAmountCents, string? RecipientName, string? RecipientEmail,
    IReadOnlyList<CitizenCaregiver> Caregivers)
{
    /// <summary>Until an officer decides, the citizen may still withdraw it or correct an address or IBAN.</summary>
    public bool Undecided => RequestLife.Undecided.Contains(Status);
}

/// <summary>A caregiver of the request: the amount, the IBAN masked, and whether a new IBAN waits for an officer.</summary>
public sealed record CitizenCaregiver(int Position, string? Name, string? Email, string? IbanMasked, long AmountCents, bool IbanChangePending);
