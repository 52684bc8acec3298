using NodaTime;
using Waardering.Domain;
using Waardering.Web.Texts;

namespace Waardering.Web.Requests;

/// <summary>
/// Checks the caregivers of a request, each field on its own (400 when malformed): their number,
/// and per caregiver the name, birth date, e-mail, IBAN and share, without one listed twice.
/// </summary>
public static class CaregiverFieldValidation
{
    /// <summary>More caregivers than this is never a valid request; a scheme may allow fewer.</summary>
    public const int MaxCaregiversAnyScheme = 10;

    /// <summary>Weights are shares such as 1:1 or 2:1; a percentage split (up to 100) is the largest anyone needs.</summary>
    public const int MaxWeight = 100;

    public static List<ValidatedCaregiver> Validate(IReadOnlyList<CaregiverBody?>? bodies, LocalDate today, FieldErrors errors)
    {
        var result = new List<ValidatedCaregiver>();
        if (bodies is null or { Count: 0 })
        {
            errors.Add("caregivers", CitizenWords.Of("validation.caregivers"));
            return result;
        }

        if (bodies.Count > MaxCaregiversAnyScheme)
        {
            errors.Add("caregivers", CitizenWords.Of("validation.tooManyCaregivers", MaxCaregiversAnyScheme));
            return result;
        }

        for (var i = 0; i < bodies.Count; i++)
        {
            var field = $"caregivers[{i}]";
            if (bodies[i] is not { } body)
            {
                errors.Add(field, CitizenWords.Of("validation.caregiver"));
                continue;
            }

            var caregiver = One(body, field + ".", today, errors);
            if (result.Any(c => c.Name == caregiver.Name && c.BirthDate == caregiver.BirthDate))
            {
                errors.Add(field, CitizenWords.Of("validation.caregiverTwice"));
            }

            result.Add(caregiver);
        }

        return result;
    }

    /// <summary>
    /// One caregiver's fields, named <paramref name="prefix"/> + the field (<c>caregivers[0].</c> in a
    /// request, none when an officer adds one to a request later).
    /// </summary>
    public static ValidatedCaregiver One(CaregiverBody body, string prefix, LocalDate today, FieldErrors errors)
    {
        var name = RequestFieldValidation.Name(body.Name, prefix + "name", errors);
        var birthDate = RequestFieldValidation.BirthDate(body.BirthDate, prefix + "birthDate", today, errors);
        var email = RequestFieldValidation.Email(body.Email, prefix + "email", errors);
        // An IBAN left out is for the scheme to allow or refuse (CaregiverRequirements).
        Iban? iban = null;
        if (Iban.TryParse(body.Iban, out var parsed))
        {
            iban = parsed;
        }
        else if (!string.IsNullOrWhiteSpace(body.Iban))
        {
            errors.Add(prefix + "iban", CitizenWords.Of("validation.iban"));
        }

        if (body.Weight is < 1 or > MaxWeight)
        {
            errors.Add(prefix + "weight", CitizenWords.Of("validation.weight", MaxWeight));
        }

        return new ValidatedCaregiver(name, birthDate, email, iban, body.Weight ?? 1, body.ConsentToContact ?? false, body.CareDeclared ?? false);
    }
}
