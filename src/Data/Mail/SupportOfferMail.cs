using Waardering.Data.Support;

namespace Waardering.Data.Mail;

/// <summary>
/// "support-offer": the reply to a check-in that shows heavy overload from a caregiver who did not
/// ask for contact: the support on offer, so they can reach it themselves; no referral is made.
/// Every value is shown as it is, so the constructor is its builder.
/// </summary>
public sealed record SupportOfferMail(
    string GreetingName,
    string MunicipalityName,
    int Year,
    [property: MailSecret] string WithdrawUrl) : ICaregiverMail
{
    public const string Template = "support-offer";

    public IReadOnlyList<SupportOffer> Support { get; init; } = [];
}
