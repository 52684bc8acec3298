using NodaTime;
using Waardering.Domain.Requests;

namespace Waardering.Domain.Schemes;

/// <summary>The terms of a scheme that decide whether a request fits it.</summary>
/// <param name="MunicipalityName">Named in the residence message.</param>
/// <param name="PostcodeRanges">Where the recipient must live; none means no residence rule.</param>
/// <param name="YoungCaregivers">Young caregivers' own minimum age; none: the caregivers' ages apply to all.</param>
public sealed record SchemeTerms(
    string MunicipalityName,
    SchemeWindow Window,
    WhoMayApply WhoMayApply,
    int MaxCaregivers,
    AgeLimits CaregiverAges,
    AgeLimits RecipientAges,
    IReadOnlyList<PostcodeRange> PostcodeRanges,
    YoungCaregiverRule? YoungCaregivers = null);

/// <summary>What a request says that the scheme's terms look at.</summary>
/// <param name="CaregiverBirthDates">In the request's order, so a breach names the right caregiver.</param>
public sealed record ApplicationFacts(
    Applicant SubmittedBy,
    LocalDate RecipientBirthDate,
    Postcode RecipientPostcode,
    IReadOnlyList<LocalDate> CaregiverBirthDates);

/// <summary>A rule the request breaks: the field it is about (as the API names it) and the message for the citizen.</summary>
public readonly record struct Breach(string Field, string Message);
