using Waardering.Data.Support;

namespace Waardering.Data.Mail;

/// <summary>
/// "voucher": a caregiver's appreciation as a gift card code, to the caregiver or to the recipient when
/// the caregiver has no address. Every value is shown as it is, so the constructor is its builder.
/// </summary>
public sealed record VoucherMail(
    string GreetingName,
    string CaregiverName,
    string Reference,
    string MunicipalityName,
    int Year,
    [property: MailSecret] string Code,
    [property: MailSecret] string? WithdrawUrl) : ICaregiverMail
{
    public const string Template = "voucher";

    public IReadOnlyList<SupportOffer> Support { get; init; } = [];
}
