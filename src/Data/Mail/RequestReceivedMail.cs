using NodaTime;
using Waardering.Data.Support;
using Waardering.Domain;

namespace Waardering.Data.Mail;

/// <summary>
/// "request-received": to whoever applied and to each caregiver who agreed to contact. A caregiver
/// the recipient named is asked once whether they may be contacted (<see cref="ConsentUrl"/>) or,
/// having consented, gets the link to withdraw (<see cref="WithdrawUrl"/>); only the one who
/// applied gets the link to follow the request (<see cref="StatusUrl"/>).
/// </summary>
public sealed record RequestReceivedMail(
    string GreetingName,
    string Reference,
    string MunicipalityName,
    int Year,
    string SubmittedOn,
    IReadOnlyList<MailCaregiver> Caregivers,
    bool Provisional,
    bool WaitingForCoSignature,
    [property: MailSecret] string? ConsentUrl,
    [property: MailSecret] string? WithdrawUrl,
    [property: MailSecret] string? StatusUrl) : ICaregiverMail
{
    public const string Template = "request-received";

    public IReadOnlyList<SupportOffer> Support { get; init; } = [];

    public static RequestReceivedMail For(
        string language, string greetingName, string reference, string municipalityName, int year, LocalDate submittedOn,
        IEnumerable<(string Name, Money Amount)> caregivers, bool waitingForCoSignature,
        string? consentUrl = null, string? withdrawUrl = null, string? statusUrl = null) =>
        // At submission the amount may still change with the budget.
        new(greetingName, reference, municipalityName, year, MailFormat.Date(submittedOn, language), MailCaregiver.All(caregivers),
            Provisional: true, waitingForCoSignature, consentUrl, withdrawUrl, statusUrl);
}
