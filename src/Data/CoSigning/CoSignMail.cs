using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Waardering.Data.Outbox;

namespace Waardering.Data.CoSigning;

/// <summary>The "co-sign" mail: the recipient is asked to confirm a caregiver's request through a link.</summary>
public static class CoSignMail
{
    public const string Template = "co-sign";

    public static OutboxMail For(
        Guid requestId, string token, string language, string municipalityCode, string municipalityName, int year, string reference,
        string recipientName, string recipientEmail, string caregiverName, LocalDate expiresOn, bool reminder, string publicBaseUrl)
    {
        var culture = CultureInfo.GetCultureInfo(language == "en" ? "en-GB" : "nl-NL");
        return new OutboxMail(Template, language, municipalityCode, recipientEmail, recipientName, new Dictionary<string, object?>
        {
            ["greetingName"] = recipientName,
            ["caregiverName"] = caregiverName,
            ["reference"] = reference,
            ["municipalityName"] = municipalityName,
            ["year"] = year,
            ["confirmUrl"] = $"{publicBaseUrl.TrimEnd('/')}/api/requests/{requestId}/co-signature?token={token}",
            ["expiresOn"] = LocalDatePattern.Create("d MMMM uuuu", culture).Format(expiresOn),
            ["reminder"] = reminder,
        }, requestId);
    }
}
