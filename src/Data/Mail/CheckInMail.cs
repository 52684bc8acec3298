using NodaTime;
using Waardering.Data.Support;

namespace Waardering.Data.Mail;

/// <summary>"check-in": some weeks after payout, to a caregiver who consented, and once more as the reminder; always with the link to withdraw.</summary>
public sealed record CheckInMail(
    string GreetingName,
    string MunicipalityName,
    int Year,
    [property: MailSecret] string CheckInUrl,
    string ExpiresOn,
    bool Reminder,
    [property: MailSecret] string WithdrawUrl,
    [property: MailSecret] string? LetterCode = null,
    [property: MailSecret] string? CodePageUrl = null) : ICaregiverMail
{
    public const string Template = "check-in";

    /// <summary>The citizens' page where the code of a check-in letter is typed.</summary>
    public static string CodePageFor(string publicBaseUrl, string language) =>
        Links.CitizenLinks.InLanguage($"{publicBaseUrl.TrimEnd('/')}/check-in/code", language);

    public IReadOnlyList<SupportOffer> Support { get; init; } = [];

    public static CheckInMail For(
        string language, string greetingName, string municipalityName, int year, string checkInUrl, LocalDate expiresOn, bool reminder,
        string withdrawUrl) =>
        new(greetingName, municipalityName, year, checkInUrl, MailFormat.Date(expiresOn, language), reminder, withdrawUrl);

    public static string CheckInUrlFor(string publicBaseUrl, string token, string language) =>
        Links.CitizenLinks.InLanguage($"{publicBaseUrl.TrimEnd('/')}/check-in?token={token}", language);
}
