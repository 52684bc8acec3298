using NodaTime;
using Waardering.Domain;

namespace Waardering.Data.Mail;

/// <summary>
/// "register-change": to the address on file, when an application without sign-in names a
/// registered caregiver with another address (<see cref="NewAddress"/>, masked) or asks to stop
/// contact (<see cref="StopContact"/>). Nothing changes unless the caregiver confirms through
/// <see cref="ConfirmUrl"/> before <see cref="ExpiresOn"/>.
/// </summary>
public sealed record RegisterChangeMail(
    string GreetingName,
    string MunicipalityName,
    bool StopContact,
    string? NewAddress,
    [property: MailSecret] string ConfirmUrl,
    string ExpiresOn) : IMailModel
{
    public const string Template = "register-change";

    public static RegisterChangeMail For(
        string language, string greetingName, string municipalityName, bool stopContact, string? newAddress, string confirmUrl,
        LocalDate expiresOn) =>
        new(greetingName, municipalityName, stopContact, newAddress is null ? null : EmailAddress.Masked(newAddress), confirmUrl,
            MailFormat.Date(expiresOn, language));

    public static string ConfirmUrlFor(string publicBaseUrl, string token, string language) =>
        Links.CitizenLinks.InLanguage($"{publicBaseUrl.TrimEnd('/')}/register-change?token={token}", language);
}
