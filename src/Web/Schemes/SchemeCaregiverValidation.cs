using Waardering.Domain.Schemes;
using Waardering.Domain.Vocabulary;

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

        // The voucher is handed out at the approval that fixes the amount; after close, the amounts
        // are fixed for all at once (SchemeClosing), which hands out no codes.
        if (body.YoungCaregiverVoucher == true && body.PayoutMode == PayoutMode.AfterClose.Code())
        {
            errors.Add("youngCaregiverVoucher", "Een waardebon voor jonge mantelzorgers kan alleen als elk besluit meteen het bedrag vastlegt (payoutMode rolling).");
        }

        return new YoungCaregiverRule(body.YoungCaregiverMinAge, body.YoungCaregiverVoucher ?? false);
    }
}
