using Waardering.Data.Support;

namespace Waardering.Data.Mail;

/// <summary>
/// "request-expired": tells the caregiver who applied that the recipient did not confirm in time,
/// so the request expired, and that they may apply again or confirm at the counter. A request
/// never expires without the applicant hearing of it. A caregiver who consented to contact gets
/// the link to withdraw it, as in every mail to them.
/// </summary>
public sealed record RequestExpiredMail(
    string GreetingName,
    string RecipientName,
    string Reference,
    string MunicipalityName,
    int Year,
    [property: MailSecret] string? WithdrawUrl = null) : ICaregiverMail
{
    public const string Template = "request-expired";

    public IReadOnlyList<SupportOffer> Support { get; init; } = [];
}
