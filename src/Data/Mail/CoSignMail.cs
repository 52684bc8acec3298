using NodaTime;

namespace Waardering.Data.Mail;

/// <summary>"co-sign": asks the recipient to confirm a caregiver's request through a link, and once more as the reminder.</summary>
public sealed record CoSignMail(
    string GreetingName,
    string CaregiverName,
    string Reference,
    string MunicipalityName,
    int Year,
    [property: MailSecret] string ConfirmUrl,
    string ExpiresOn,
    bool Reminder,
    [property: MailSecret] string? LetterCode = null,
    [property: MailSecret] string? CodePageUrl = null) : IMailModel
{
    public const string Template = "co-sign";

    /// <summary>The citizens' page where the code of a co-sign letter is typed.</summary>
    public static string CodePageFor(string publicBaseUrl, string language) =>
        Links.CitizenLinks.InLanguage($"{publicBaseUrl.TrimEnd('/')}/co-sign", language);

    /// <summary>The letter: the same model, with the code to type on <see cref="CodePageUrl"/> or read out on the phone.</summary>
    public CoSignMail ForLetter(string code, string publicBaseUrl, string language) =>
        this with { ConfirmUrl = CodePageFor(publicBaseUrl, language), LetterCode = code, CodePageUrl = CodePageFor(publicBaseUrl, language) };

    public static CoSignMail For(
        string language, string recipientName, string caregiverName, string reference, string municipalityName, int year,
        string confirmUrl, LocalDate expiresOn, bool reminder) =>
        new(recipientName, caregiverName, reference, municipalityName, year, confirmUrl, MailFormat.Date(expiresOn, language), reminder);

    /// <summary>The page with the button that confirms; the token is the request's co-sign token.</summary>
    public static string ConfirmUrlFor(string publicBaseUrl, Guid requestId, string token, string language) =>
        Links.CitizenLinks.InLanguage($"{publicBaseUrl.TrimEnd('/')}/api/requests/{requestId}/co-signature?token={token}", language);
}
