using NodaTime;
using Waardering.Data.Schemes;
using Waardering.Domain;
using Waardering.Domain.Schemes;

namespace Waardering.Data.Mail;

/// <summary>
/// What a decision (beschikking) must say besides its outcome (Awb 3:46, 3:45): the date it was
/// taken, the scheme's amounts an award rests on, and where an objection goes.
/// </summary>
public sealed record DecisionGrounds(
    LocalDate DecidedOn, Money BaseAmount, Money UnitAmount, SplitMode SplitMode, ObjectionAddressRecord? ObjectionAddress)
{
    /// <summary>
    /// For an award: the scheme's amount and how it reaches the caregivers, and, when the amount
    /// fell below it, that the budget is shared over all requests. Provisional: the amount is fixed at close.
    /// </summary>
    public string AwardBasis(string language, string municipalityName, int year, bool provisional)
    {
        var english = MailFormat.IsEnglish(language);
        var per = (SplitMode, english) switch
        {
            (SplitMode.PerCaregiver, false) => "per mantelzorger",
            (SplitMode.PerCaregiver, true) => "per caregiver",
            (_, false) => "per aanvraag, verdeeld over de mantelzorgers",
            (_, true) => "per request, shared among the caregivers",
        };
        var rule = english
            ? $"Under the {year} caregiver appreciation scheme of the municipality of {municipalityName}, the appreciation is {BaseAmount} {per}."
            : $"Volgens de regeling mantelzorgwaardering {year} van de gemeente {municipalityName} is de waardering {BaseAmount} {per}.";
        if (provisional)
        {
            return rule + (english
                ? " The budget is shared among all granted requests when the application period closes; that fixes the amount."
                : " Na het sluiten van de aanvraagperiode wordt het budget verdeeld over alle toegekende aanvragen; dan staat het bedrag vast.");
        }

        return UnitAmount.Cents >= BaseAmount.Cents ? rule : rule + (english
            ? $" Because there are many requests, the budget is shared among them: the amount is {UnitAmount} at the time of this decision."
            : $" Omdat er veel aanvragen zijn, wordt het budget over alle aanvragen verdeeld: op het moment van dit besluit is het bedrag {UnitAmount}.");
    }
}
