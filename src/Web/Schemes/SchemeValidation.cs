using Waardering.Data.Schemes;
using Waardering.Domain.Schemes;
using Waardering.Domain.Vocabulary;

namespace Waardering.Web.Schemes;

public static class SchemeValidation
{
    /// <summary>An appreciation above € 10.000 is taken to be a typing error, not a policy.</summary>
    public const long MaxAmountCents = 1_000_000;

    public static SchemeRecord? Validate(string municipality, int year, SchemeBody body, FieldErrors errors)
    {
        var baseAmount = body.BaseAmountCents;
        if (baseAmount is null or <= 0 or > MaxAmountCents)
        {
            errors.Add("baseAmountCents", $"Het bedrag is een geheel aantal centen tussen 1 en {MaxAmountCents}.");
        }

        var floor = body.FloorAmountCents ?? 0;
        if (floor < 0 || (baseAmount is > 0 && floor > baseAmount))
        {
            errors.Add("floorAmountCents", "De ondergrens ligt tussen 0 en het basisbedrag.");
        }

        var step = body.StepCents ?? 100;
        if (step <= 0 || step > MaxAmountCents)
        {
            errors.Add("stepCents", "De afrondingsstap is minstens 1 cent.");
        }

        var maxCaregivers = body.MaxCaregivers ?? 3;
        if (maxCaregivers is < 1 or > 10)
        {
            errors.Add("maxCaregivers", "Het aantal mantelzorgers per aanvraag ligt tussen 1 en 10.");
        }

        var splitMode = OneOf(body.SplitMode, SplitMode.PerRequest, "splitMode", errors);
        var payoutMode = OneOf(body.PayoutMode, PayoutMode.Rolling, "payoutMode", errors);
        var whoMayApply = OneOf(body.WhoMayApply, WhoMayApply.Recipient, "whoMayApply", errors);
        var payoutMethod = OneOf(body.PayoutMethod, PayoutMethod.BankTransfer, "payoutMethod", errors);
        CheckAge(body.CaregiverMinAge, "caregiverMinAge", errors);
        CheckAge(body.CaregiverMaxAge, "caregiverMaxAge", errors);
        CheckAge(body.RecipientMinAge, "recipientMinAge", errors);
        if (body.CaregiverMinAge > body.CaregiverMaxAge)
        {
            errors.Add("caregiverMaxAge", "De maximumleeftijd is niet lager dan de minimumleeftijd.");
        }

        var young = SchemeCaregiverValidation.YoungCaregivers(body, errors);
        var reminderDays = body.CoSignReminderDays ?? 7;
        var expiryDays = body.CoSignExpiryDays ?? 21;
        if (reminderDays is < 1 or > 90)
        {
            errors.Add("coSignReminderDays", "De herinnering gaat na 1 tot 90 dagen.");
        }

        if (expiryDays is < 1 or > 180 || expiryDays <= reminderDays)
        {
            errors.Add("coSignExpiryDays", "Een aanvraag vervalt na 1 tot 180 dagen, en na de herinnering.");
        }

        var (opensOn, closesOn) = SchemeScopeValidation.Window(year, body, errors);
        var ranges = SchemeScopeValidation.Ranges(body.PostcodeRanges, errors);
        var objectionAddress = SchemeDecisionValidation.ObjectionAddress(body.ObjectionAddress, errors);
        var decisionWeeks = SchemeDecisionValidation.DecisionWeeks(body.DecisionWeeks, errors);
        var digid = OneOf(body.Digid, DigidUse.Off, "digid", errors);
        if (body.MunicipalityName is { Length: > 200 })
        {
            errors.Add("municipalityName", "De naam is hoogstens 200 tekens.");
        }

        return errors.Any ? null : new SchemeRecord
        {
            MunicipalityCode = municipality, MunicipalityName = body.MunicipalityName?.Trim() is { Length: > 0 } name ? name : municipality,
            Year = year, OpensOn = opensOn, ClosesOn = closesOn, BaseAmountCents = baseAmount!.Value,
            CurrentAmountCents = baseAmount.Value, FloorAmountCents = floor, StepCents = step, MaxCaregivers = maxCaregivers,
            SplitMode = splitMode, PayoutMode = payoutMode, WhoMayApply = whoMayApply,
            CoSignRequired = body.CoSignRequired ?? false, CaregiverMinAge = body.CaregiverMinAge,
            CaregiverMaxAge = body.CaregiverMaxAge, RecipientMinAge = body.RecipientMinAge, PostcodeRanges = ranges,
            CoSignReminderDays = reminderDays, CoSignExpiryDays = expiryDays, PayoutMethod = payoutMethod,
            ObjectionAddress = objectionAddress, DecisionWeeks = decisionWeeks, Digid = digid,
            CareDeclarationRequired = body.CareDeclarationRequired ?? false, YoungCaregivers = young,
        };
    }

    /// <summary>The code's value, or the default when the body leaves it out.</summary>
    private static T OneOf<T>(string? code, T fallback, string field, FieldErrors errors) where T : struct, Enum
    {
        if (code is null)
        {
            return fallback;
        }

        if (!Codes.TryParse<T>(code, out var value))
        {
            errors.Add(field, $"Kies uit: {string.Join(", ", Codes.All<T>())}.");
        }

        return value;
    }

    private static void CheckAge(int? age, string field, FieldErrors errors)
    {
        if (age is < 0 or > 130)
        {
            errors.Add(field, "Een leeftijd ligt tussen 0 en 130.");
        }
    }
}
