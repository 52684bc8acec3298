using NodaTime;

namespace Waardering.Web.Requests;

/// <summary>
/// Body of <c>POST /api/requests</c>: one recipient and one to three caregivers. Officers entering a
/// request for a citizen set <c>channel</c> to counter, phone or paper; a citizen's own is web.
/// <c>language</c> is the language of the request's mails and letters: a code the citizens' pages
/// offer (nl, en, or one a municipality added), Dutch when left out.
/// </summary>
public sealed record SubmitRequestBody(
    string? Municipality,
    int? Year,
    string? SubmittedBy,
    RecipientBody? Recipient,
    IReadOnlyList<CaregiverBody?>? Caregivers,
    string? Language = null,
    string? Channel = null);

/// <summary><c>street</c> and <c>city</c> are optional: a letter is delivered on postcode and house number.</summary>
public sealed record RecipientBody(
    string? Name, LocalDate? BirthDate, string? Postcode, string? HouseNumber, string? Bsn = null, string? Email = null,
    string? Street = null, string? City = null);

/// <summary>
/// <c>weight</c> shares the amount (equal by default); <c>consentToContact</c> defaults to no. <c>address</c>, optional,
/// is where letters go for a caregiver without an e-mail address. <c>careDeclared</c>: the applicant
/// declares the care as the plan defines it (at least three months or more than eight hours a week),
/// required where the scheme asks. <c>iban</c> may be left out for a young caregiver where the scheme
/// pays them by voucher.
/// </summary>
public sealed record CaregiverBody(
    string? Name, LocalDate? BirthDate, string? Iban, string? Email = null, int? Weight = null, bool? ConsentToContact = null,
    PostalAddressBody? Address = null, bool? CareDeclared = null);

/// <summary>A postal address in the Netherlands: postcode and house number required when given, street and city optional.</summary>
public sealed record PostalAddressBody(string? Street, string? HouseNumber, string? Postcode, string? City);

/// <summary>
/// The answer to a stored request. <c>statusToken</c> is shown once: with it, in the header
/// <c>X-Status-Token</c>, the citizen can follow the request. <c>statusPageUrl</c> opens the
/// plain status page (reference, status, amounts), the link the confirmation mail carries.
/// </summary>
public sealed record SubmittedRequest(
    Guid Id,
    string Reference,
    string Status,
    string StatusToken,
    string StatusUrl,
    string Municipality,
    int Year,
    long UnitAmountCents,
    bool AmountIsProvisional,
    IReadOnlyList<SubmittedCaregiver> Caregivers,
    string? StatusPageUrl = null);

/// <summary><c>ibanMasked</c> is null for a young caregiver paid by voucher.</summary>
public sealed record SubmittedCaregiver(string Name, string? IbanMasked, int Weight, long AmountCents);

/// <summary>A request as staff and the citizen see it: BSN and IBAN masked.</summary>
public sealed record RequestView(
    Guid Id,
    string Reference,
    string Status,
    string Municipality,
    int Year,
    string SubmittedBy,
    string Channel,
    Instant SubmittedAt,
    long UnitAmountCents,
    RecipientView Recipient,
    IReadOnlyList<CaregiverView> Caregivers);

/// <summary>The recipient as staff see them; the personal fields are null once the retention period removed them.</summary>
public sealed record RecipientView(
    string? Name, string? BsnMasked, LocalDate? BirthDate, string? Postcode, string? HouseNumber, string? Email);

/// <summary>A caregiver as staff see them; <see cref="CareDeclared"/>: the applicant declared the care relation as the plan defines it (002:300).</summary>
public sealed record CaregiverView(
    string? Name, LocalDate? BirthDate, string? Email, string? IbanMasked, int Weight, long AmountCents, bool ConsentToContact,
    bool CareDeclared);
