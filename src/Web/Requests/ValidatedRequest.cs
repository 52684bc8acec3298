using NodaTime;
using Waardering.Domain;
using Waardering.Domain.Requests;

namespace Waardering.Web.Requests;

/// <summary>A request whose fields are all well-formed; the scheme's rules are checked next.</summary>
public sealed record ValidatedRequest(
    string Municipality,
    int Year,
    Applicant SubmittedBy,
    string Language,
    ValidatedRecipient Recipient,
    IReadOnlyList<ValidatedCaregiver> Caregivers)
{
    /// <summary>Postal addresses beyond the recipient's postcode and house number, by position (0 the recipient).</summary>
    public IReadOnlyDictionary<int, Data.Letters.PostalAddress> Addresses { get; init; } = new Dictionary<int, Data.Letters.PostalAddress>();
}

public sealed record ValidatedRecipient(
    string Name, Bsn? Bsn, LocalDate BirthDate, Postcode Postcode, string HouseNumber, string? Email);

/// <param name="Iban">None only where the scheme pays a young caregiver by voucher (<see cref="CaregiverRequirements"/>).</param>
public sealed record ValidatedCaregiver(
    string Name, LocalDate BirthDate, string? Email, Iban? Iban, int Weight, bool ConsentToContact, bool CareDeclared = false);
