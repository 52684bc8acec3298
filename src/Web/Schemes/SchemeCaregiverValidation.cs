using Waardering.Domain.Schemes;

namespace Waardering.Web.Schemes;

/// <summary>A scheme's settings for who counts as a caregiver: the young caregivers' own age and payout.</summary>
public static class SchemeCaregiverValidation
{
    /// <summary>The rule for young caregivers; their minimum age lies below 25 and below the adults' minimum.</summary>
    public static YoungCaregiverRule YoungCaregivers(SchemeBody body, FieldErrors errors)
    {
        if (body.YoungCaregiverMinAge is < 0 or >= YoungCaregiverRule.UnderAge)
        {
            errors.Add("youngCaregiverMinAge", $"Een jonge mantelzorger is jonger dan {YoungCaregiverRule.UnderAge}: kies een leeftijd van 0 tot {YoungCaregiverRule.UnderAge}.");
        }
        else if (body.YoungCaregiverMinAge >= body.CaregiverMinAge)
        {
            errors.Add("youngCaregiverMinAge", "De leeftijd voor jonge mantelzorgers is lager dan de minimumleeftijd van de regeling.");
        }

        return new YoungCaregiverRule(body.YoungCaregiverMinAge, body.YoungCaregiverVoucher ?? false);
    }
}
