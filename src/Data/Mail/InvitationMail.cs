using NodaTime;
using Waardering.Data.Support;

namespace Waardering.Data.Mail;

/// <summary>
/// "invitation": when a scheme's window opens, to last season's applicants and to the caregivers
/// who asked to be kept informed, once each, with the link to the new form. To a caregiver in the
/// register (on the strength of their consent) it carries <see cref="WithdrawUrl"/>; to an applicant
/// who is not, that is null.
/// </summary>
public sealed record InvitationMail(
    string GreetingName,
    string MunicipalityName,
    int Year,
    string ApplyUrl,
    string ClosesOn,
    [property: MailSecret] string? WithdrawUrl) : ICaregiverMail
{
    public const string Template = "invitation";

    public IReadOnlyList<SupportOffer> Support { get; init; } = [];

    public static InvitationMail For(
        string language, string greetingName, string municipalityName, int year, string applyUrl, LocalDate closesOn, string? withdrawUrl) =>
        new(greetingName, municipalityName, year, applyUrl, MailFormat.Date(closesOn, language), withdrawUrl);

    /// <summary>The new scheme's form, opened in the addressee's language.</summary>
    public static string ApplyUrlFor(string publicBaseUrl, string municipality, int year, string language) =>
        $"{publicBaseUrl.TrimEnd('/')}/apply/{municipality}/{year}?lang={language}";
}
