using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Waardering.Domain.Requests;

namespace Waardering.Domain.Schemes;

/// <summary>
/// The scheme's own rules for a request: the window, who may apply, how many caregivers, ages
/// and where the recipient lives. The messages are plain Dutch (B1), for the citizen.
/// </summary>
public static class Eligibility
{
    private static readonly LocalDatePattern DutchDate =
        LocalDatePattern.Create("d MMMM uuuu", CultureInfo.GetCultureInfo("nl-NL"));

    /// <summary>Every rule the request breaks on <paramref name="today"/>; outside the window only that one.</summary>
    public static IReadOnlyList<Breach> Check(SchemeTerms terms, ApplicationFacts application, LocalDate today)
    {
        // The window is a pair of legal dates in Amsterdam: both days count, to 23:59:59 local time.
        if (!terms.Window.Contains(today))
        {
            return
            [
                new("year", $"U kunt nu geen aanvraag doen. De aanvraagperiode loopt van {DutchDate.Format(terms.Window.OpensOn)} " +
                            $"tot en met {DutchDate.Format(terms.Window.ClosesOn)}."),
            ];
        }

        var breaches = new List<Breach>();
        if (!MayApply(terms.WhoMayApply, application.SubmittedBy))
        {
            breaches.Add(new("submittedBy", terms.WhoMayApply == WhoMayApply.Recipient
                ? "In deze gemeente vraagt de zorgvrager de waardering aan."
                : "In deze gemeente vraagt de mantelzorger de waardering aan."));
        }

        if (application.CaregiverBirthDates.Count > terms.MaxCaregivers)
        {
            breaches.Add(new("caregivers", $"Hoogstens {terms.MaxCaregivers} mantelzorgers per aanvraag."));
        }

        for (var i = 0; i < application.CaregiverBirthDates.Count; i++)
        {
            if (CaregiverAge(terms, application.CaregiverBirthDates[i], today, $"caregivers[{i}].birthDate") is { } breach)
            {
                breaches.Add(breach);
            }
        }

        if (!terms.RecipientAges.Allows(Age.InYears(application.RecipientBirthDate, today)))
        {
            breaches.Add(new("recipient.birthDate", AgeMessage(terms.RecipientAges, "De zorgvrager")));
        }

        // The municipality where the recipient lives is responsible; the caregiver may live elsewhere.
        if (terms.PostcodeRanges.Count > 0 && !terms.PostcodeRanges.Any(r => r.Contains(application.RecipientPostcode)))
        {
            breaches.Add(new("recipient.postcode", $"De zorgvrager woont niet in de gemeente {terms.MunicipalityName}."));
        }

        return breaches;
    }

    /// <summary>A caregiver outside the scheme's ages, at intake and when an officer adds one to a request later.</summary>
    public static Breach? CaregiverAge(SchemeTerms terms, LocalDate birthDate, LocalDate today, string field) =>
        (terms.YoungCaregivers ?? YoungCaregiverRule.None).Admits(terms.CaregiverAges, Age.InYears(birthDate, today)) ? null
            : new(field, terms.YoungCaregivers?.MinimumAge is { } young
                ? $"{AgeMessage(terms.CaregiverAges, "De mantelzorger")} Een jonge mantelzorger (tot {YoungCaregiverRule.UnderAge} jaar) is minstens {young} jaar oud."
                : AgeMessage(terms.CaregiverAges, "De mantelzorger"));

    public static bool MayApply(WhoMayApply whoMayApply, Applicant applicant) => whoMayApply switch
    {
        WhoMayApply.Both => true,
        WhoMayApply.Recipient => applicant == Applicant.Recipient,
        WhoMayApply.Caregiver => applicant == Applicant.Caregiver,
        _ => throw new ArgumentOutOfRangeException(nameof(whoMayApply), whoMayApply, null),
    };

    private static string AgeMessage(AgeLimits limits, string who) => (limits.Minimum, limits.Maximum) switch
    {
        ({ } min, { } max) => $"{who} is voor deze regeling {min} tot en met {max} jaar oud.",
        ({ } min, null) => $"{who} is voor deze regeling minstens {min} jaar oud.",
        (null, { } max) => $"{who} is voor deze regeling hoogstens {max} jaar oud.",
        _ => $"{who} voldoet niet aan de leeftijdsgrens.",
    };
}
