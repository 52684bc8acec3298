using NodaTime;
using Waardering.Domain.Requests;

namespace Waardering.Data.Requests;

/// <summary>
/// A stored request as staff and the citizen see it (the BSN still sealed); <see cref="SignedInWithDigid"/>
/// when whoever applied signed in with DigiD, so the BSN was not typed but trusted.
/// </summary>
public sealed record RequestRecord(
    Guid Id, string Reference, RequestStatus Status, string MunicipalityCode, int Year, string SubmittedBy, string Channel,
    string Language, string? RecipientName, LocalDate? RecipientBirthDate, string? RecipientPostcode,
    string? RecipientHouseNumber, string? RecipientEmail, byte[]? RecipientBsnEncrypted, long UnitAmountCents,
    byte[] StatusTokenHash, Instant SubmittedAt, byte[]? StatusPageTokenHash, bool SignedInWithDigid)
{
    public IReadOnlyList<CaregiverRecord> Caregivers { get; init; } = [];
}

public sealed record CaregiverRecord(
    int Position, string? Name, LocalDate? BirthDate, string? Email, string? Iban, int Weight, long AmountCents, bool ConsentToContact,
    bool CareDeclared);
