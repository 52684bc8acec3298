using Waardering.Domain;

namespace Waardering.Data.Mail;

/// <summary>
/// "decision": approved with the caregivers' amounts (or <see cref="Provisional"/> when the amount
/// is fixed only when the window closes), waiting for budget, or rejected with the reason in plain words.
/// </summary>
public sealed record DecisionMail(
    string GreetingName,
    string Reference,
    string MunicipalityName,
    int Year,
    bool Approved,
    bool WaitingForBudget,
    bool Provisional,
    string? Reason,
    IReadOnlyList<MailCaregiver> Caregivers,
    [property: MailSecret] string? WithdrawUrl) : IMailModel
{
    public const string Template = "decision";

    private static readonly Dictionary<string, (string Nl, string En)> Reasons = new()
    {
        ["notResident"] = ("De zorgvrager woont niet in de gemeente.", "The person receiving care does not live in the municipality."),
        ["noCareRelation"] = ("Uit de aanvraag blijkt niet dat u mantelzorg geeft.", "The request does not show that informal care is given."),
        ["duplicate"] = ("Voor deze zorgvrager is dit jaar al een aanvraag gedaan.", "A request for this person was already made this year."),
        ["outsideWindow"] = ("De aanvraag kwam buiten de aanvraagperiode binnen.", "The request arrived outside the application period."),
        ["incomplete"] = ("De aanvraag is niet volledig.", "The request is incomplete."),
    };

    /// <summary>
    /// Neither approved nor waiting for budget is a rejection: its reason is the known code's words
    /// in the mail's language, else the officer's own text. Approved before the award is granted
    /// (payout after close) is provisional.
    /// </summary>
    public static DecisionMail For(
        string language, string greetingName, string reference, string municipalityName, int year,
        bool approved, bool waitingForBudget, bool granted, string? reasonCode, string? reason,
        IEnumerable<(string Name, Money Amount)> caregivers, string? withdrawUrl) =>
        new(greetingName, reference, municipalityName, year, approved, waitingForBudget, Provisional: approved && !granted,
            ReasonText(language, reasonCode, reason), MailCaregiver.All(caregivers), withdrawUrl);

    private static string? ReasonText(string language, string? reasonCode, string? reason) =>
        reasonCode is null ? null
        : Reasons.TryGetValue(reasonCode, out var words) ? (MailFormat.IsEnglish(language) ? words.En : words.Nl)
        : reason;
}
