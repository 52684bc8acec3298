namespace Waardering.Data.Mail;

/// <summary>
/// "referral": to the support organisation, in Dutch only, with what is needed to call back and
/// never the caregiver's other answers. A referral is made only when the caregiver asks for contact,
/// so <see cref="ContactWishCode"/> is <c>phone</c> or <c>mail</c>.
/// </summary>
public sealed record ReferralMail(
    string OrganisationName,
    string MunicipalityName,
    string? CaregiverName,
    string? Phone,
    string? Email,
    string? ContactWhen,
    string? ContactWishCode,
    bool HeavyOverload,
    string ReferralId) : IMailModel
{
    public const string Template = "referral";

    /// <summary>The support organisation reads Dutch.</summary>
    public const string Language = "nl";

    public static ReferralMail For(
        string organisationName, string municipalityName, string? caregiverName, string? phone, string? email, string? contactWhen,
        string? contactWishCode, bool heavyOverload, Guid referralId) =>
        new(organisationName, municipalityName, caregiverName, phone, email, contactWhen, contactWishCode, heavyOverload, referralId.ToString());
}
