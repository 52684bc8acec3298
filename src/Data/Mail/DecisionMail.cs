using Waardering.Data.Support;
using Waardering.Domain;

namespace Waardering.Data.Mail;

/// <summary>
/// "decision": the beschikking. Approved with the caregivers' amounts and the basis of the amount
/// (or <see cref="Provisional"/> when the amount is fixed only when the window closes), or rejected
/// with the rule and the reason; both with the date of the decision and the objection clause.
/// Waiting for budget is not a decision: that mail says so and has no objection clause.
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
    [property: MailSecret] string? WithdrawUrl,
    string DecidedOn,
    string? Basis,
    string? Rule,
    string? Explanation,
    ObjectionClause? Objection) : ICaregiverMail
{
    public const string Template = "decision";

    public IReadOnlyList<SupportOffer> Support { get; init; } = [];

    /// <summary>
    /// Neither approved nor waiting for budget is a rejection: its grounds come from
    /// <see cref="DecisionReasons"/>. Approved before the award is granted (payout after close) is provisional.
    /// </summary>
    public static DecisionMail For(
        string language, string greetingName, string reference, string municipalityName, int year,
        bool approved, bool waitingForBudget, bool granted, string? reasonCode, string? reason,
        IEnumerable<(string Name, Money Amount)> caregivers, string? withdrawUrl, DecisionGrounds grounds)
    {
        var provisional = approved && !granted;
        var (rule, finding, explanation) = approved || waitingForBudget ? default : DecisionReasons.For(language, reasonCode, reason);
        return new(greetingName, reference, municipalityName, year, approved, waitingForBudget, provisional, finding,
            MailCaregiver.All(caregivers), withdrawUrl, MailFormat.Date(grounds.DecidedOn, language),
            approved ? grounds.AwardBasis(language, municipalityName, year, provisional) : null, rule, explanation,
            waitingForBudget ? null : ObjectionClause.For(language, municipalityName, grounds.ObjectionAddress));
    }
}
