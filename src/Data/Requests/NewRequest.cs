using NodaTime;
using Waardering.Domain.Requests;

namespace Waardering.Data.Requests;

/// <summary>A validated request, ready to store. Amounts are already split; the BSN already sealed.</summary>
public sealed record NewRequest
{
    public required Guid Id { get; init; }
    public required long SchemeId { get; init; }

    /// <summary>
    /// When the request was checked against a kept copy of its scheme: that copy's
    /// <see cref="Schemes.SchemeRecord.UpdatedAt"/>. It is stored only while the scheme is still so
    /// (<see cref="SubmitOutcome.SchemeChanged"/> otherwise); null stores it against the scheme as it is.
    /// </summary>
    public Instant? SchemeUpdatedAt { get; init; }
    public required string MunicipalityCode { get; init; }
    public required int Year { get; init; }
    public required RequestStatus Status { get; init; }
    public required Applicant SubmittedBy { get; init; }
    public required Channel Channel { get; init; }

    /// <summary>The officer who entered it at the counter, by phone or from paper; null when the citizen did.</summary>
    public string? EnteredBy { get; init; }

    /// <summary>That officer's subject (the token's <c>sub</c>): who they are, whatever their name.</summary>
    public string? EnteredBySubject { get; init; }
    public required string Language { get; init; }
    public required string RecipientName { get; init; }
    public required LocalDate RecipientBirthDate { get; init; }
    public required string RecipientPostcode { get; init; }
    public required string RecipientHouseNumber { get; init; }
    public string? RecipientEmail { get; init; }
    public byte[]? RecipientBsnEncrypted { get; init; }
    public byte[]? RecipientBsnHash { get; init; }
    public required byte[] RecipientIdentityHash { get; init; }
    public required long UnitAmountCents { get; init; }
    public required int Units { get; init; }
    public required byte[] StatusTokenHash { get; init; }

    /// <summary>The hash of the status page link's token (db/migrations/0010_status_page_tokens.sql).</summary>
    public byte[]? StatusPageTokenHash { get; init; }
    public required Instant SubmittedAt { get; init; }

    /// <summary>Set when the recipient must confirm: the hash of the link's token.</summary>
    public byte[]? CoSignTokenHash { get; init; }
    public required IReadOnlyList<NewCaregiver> Caregivers { get; init; }

    /// <summary>
    /// The keyed hash of the BSN the applicant signed in with (DigiD): the applicant is proven, and
    /// finds the request on their own page; null without sign-in.
    /// </summary>
    public byte[]? DigidBsnHash { get; init; }

    /// <summary>Postal addresses beyond the recipient's postcode and house number, by position (0 the recipient); all optional.</summary>
    public IReadOnlyDictionary<int, Letters.PostalAddress> Addresses { get; init; } = new Dictionary<int, Letters.PostalAddress>();

    /// <summary>Set when the recipient must confirm by letter: the hash of the code printed in it.</summary>
    public byte[]? CoSignCodeHash { get; init; }
}

/// <param name="Iban">None for a young caregiver paid by voucher, where the scheme allows it.</param>
public sealed record NewCaregiver(
    int Position, string Name, LocalDate BirthDate, string? Email, string? Iban, int Weight, long AmountCents, bool ConsentToContact)
{
    /// <summary>The applicant declared the care relation as the plan defines it (002:300).</summary>
    public bool CareDeclared { get; init; }
}
