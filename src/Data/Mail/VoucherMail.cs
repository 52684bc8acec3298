namespace Waardering.Data.Mail;

/// <summary>"voucher": a caregiver's appreciation as a gift card code, to the caregiver or to the recipient when the caregiver has no address.</summary>
public sealed record VoucherMail(
    string GreetingName,
    string CaregiverName,
    string Reference,
    string MunicipalityName,
    int Year,
    string Code,
    string? WithdrawUrl) : IMailModel
{
    public const string Template = "voucher";

    public static VoucherMail For(
        string greetingName, string caregiverName, string reference, string municipalityName, int year, string code, string? withdrawUrl) =>
        new(greetingName, caregiverName, reference, municipalityName, year, code, withdrawUrl);
}
