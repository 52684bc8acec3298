using System.Text.RegularExpressions;
using Waardering.Domain;
using Waardering.Domain.Schemes;
using Waardering.Web.Texts;

namespace Waardering.Web.Requests;

/// <summary>
/// The scheme's rules' messages (<see cref="Eligibility"/>) in the request's language, from the text
/// files (<c>scheme-rules.json</c>): the citizen's form shows them when a request does not fit the
/// scheme. A rule without its text there keeps the domain's own Dutch words.
/// </summary>
public static partial class SchemeRuleWords
{
    public static string Of(Breach breach, SchemeTerms terms) => breach.Field switch
    {
        "year" => CitizenWords.Of("scheme-rules.window", CitizenWords.Date(terms.Window.OpensOn), CitizenWords.Date(terms.Window.ClosesOn)),
        "submittedBy" => CitizenWords.Of(terms.WhoMayApply == WhoMayApply.Recipient ? "scheme-rules.recipientApplies" : "scheme-rules.caregiverApplies"),
        "caregivers" => CitizenWords.Of("validation.tooManyCaregivers", terms.MaxCaregivers),
        "recipient.birthDate" => Age(terms.RecipientAges, "scheme-rules.recipient"),
        "recipient.postcode" => CitizenWords.Of("scheme-rules.notLivingHere", terms.MunicipalityName),
        _ when CaregiverBirthDate().IsMatch(breach.Field) => Age(terms.CaregiverAges, "scheme-rules.caregiver"),
        _ => breach.Message,
    };

    private static string Age(AgeLimits limits, string whoKey)
    {
        var who = CitizenWords.Of(whoKey);
        return (limits.Minimum, limits.Maximum) switch
        {
            ({ } min, { } max) => CitizenWords.Of("scheme-rules.ageBetween", who, min, max),
            ({ } min, null) => CitizenWords.Of("scheme-rules.ageAtLeast", who, min),
            (null, { } max) => CitizenWords.Of("scheme-rules.ageAtMost", who, max),
            _ => CitizenWords.Of("scheme-rules.ageLimit", who),
        };
    }

    [GeneratedRegex(@"^caregivers\[\d+\]\.birthDate$")]
    private static partial Regex CaregiverBirthDate();
}
