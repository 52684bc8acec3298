using NodaTime;
using NodaTime.Text;
using Waardering.Data.Schemes;
using Waardering.Domain;
using Waardering.Web.Errors;

namespace Waardering.Web.Requests;

/// <summary>
/// The scheme's own rules for a well-formed request (422 when broken): the window, who may
/// apply, how many caregivers, ages and where the recipient lives.
/// </summary>
public static class SchemeRules
{
    private static readonly LocalDatePattern DutchDate =
        LocalDatePattern.Create("d MMMM uuuu", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));

    public static void Check(SchemeRecord scheme, ValidatedRequest request, LocalDate today, FieldErrors errors)
    {
        // The window is a pair of legal dates in Amsterdam: both days count, to 23:59:59 local time.
        if (!new SchemeWindow(scheme.OpensOn, scheme.ClosesOn).Contains(today))
        {
            errors.Add("year",
                $"U kunt nu geen aanvraag doen. De aanvraagperiode loopt van {DutchDate.Format(scheme.OpensOn)} " +
                $"tot en met {DutchDate.Format(scheme.ClosesOn)}.");
            return;
        }

        if (scheme.WhoMayApply != "both" && scheme.WhoMayApply != request.SubmittedBy)
        {
            errors.Add("submittedBy", scheme.WhoMayApply == "recipient"
                ? "In deze gemeente vraagt de zorgvrager de waardering aan."
                : "In deze gemeente vraagt de mantelzorger de waardering aan.");
        }

        if (request.Caregivers.Count > scheme.MaxCaregivers)
        {
            errors.Add("caregivers", $"Hoogstens {scheme.MaxCaregivers} mantelzorgers per aanvraag.");
        }

        var caregiverLimits = new AgeLimits(scheme.CaregiverMinAge, scheme.CaregiverMaxAge);
        for (var i = 0; i < request.Caregivers.Count; i++)
        {
            if (!caregiverLimits.Allows(Age.InYears(request.Caregivers[i].BirthDate, today)))
            {
                errors.Add($"caregivers[{i}].birthDate", AgeMessage(caregiverLimits, "De mantelzorger"));
            }
        }

        var recipientLimits = new AgeLimits(scheme.RecipientMinAge, null);
        if (!recipientLimits.Allows(Age.InYears(request.Recipient.BirthDate, today)))
        {
            errors.Add("recipient.birthDate", AgeMessage(recipientLimits, "De zorgvrager"));
        }

        // The municipality where the recipient lives is responsible; the caregiver may live elsewhere.
        var postcode = request.Recipient.Postcode;
        if (scheme.PostcodeRanges.Count > 0 &&
            !scheme.PostcodeRanges.Any(r => new PostcodeRange(r.From, r.To).Contains(postcode)))
        {
            errors.Add("recipient.postcode", $"De zorgvrager woont niet in de gemeente {scheme.MunicipalityName}.");
        }
    }

    private static string AgeMessage(AgeLimits limits, string who) => (limits.Minimum, limits.Maximum) switch
    {
        ({ } min, { } max) => $"{who} is voor deze regeling {min} tot en met {max} jaar oud.",
        ({ } min, null) => $"{who} is voor deze regeling minstens {min} jaar oud.",
        (null, { } max) => $"{who} is voor deze regeling hoogstens {max} jaar oud.",
        _ => $"{who} voldoet niet aan de leeftijdsgrens.",
    };
}
