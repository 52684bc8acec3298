using Waardering.Data.Outbox;

namespace Waardering.Data.Vouchers;

/// <summary>The "voucher" mail: a caregiver's appreciation as a gift card code.</summary>
public static class VoucherMail
{
    public const string Template = "voucher";

    public static OutboxMail For(Guid requestId, string language, string municipality, string municipalityName, int year,
        string reference, string address, string greetingName, string caregiverName, string code, string? withdrawUrl) =>
        new(Template, language, municipality, address, greetingName, new Dictionary<string, object?>
        {
            ["greetingName"] = greetingName,
            ["caregiverName"] = caregiverName,
            ["reference"] = reference,
            ["municipalityName"] = municipalityName,
            ["year"] = year,
            ["code"] = code,
            ["withdrawUrl"] = withdrawUrl,
        }, requestId);
}
