using System.Text.RegularExpressions;
using NodaTime;
using Waardering.Domain;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Schemes;

namespace Waardering.Web.Requests;

/// <summary>
/// Checks every field on its own (400 when malformed). All errors are collected, so the citizen
/// can mend the form in one go.
/// </summary>
public static partial class RequestFieldValidation
{
    /// <summary>More caregivers than this is never a valid request; a scheme may allow fewer.</summary>
    public const int MaxCaregiversAnyScheme = 10;

    /// <summary>Room for any full name; a longer text is pasted text, not a name.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Weights are shares such as 1:1 or 2:1; a percentage split (up to 100) is the largest anyone needs.</summary>
    public const int MaxWeight = 100;

    private static readonly LocalDate EarliestBirthDate = new(1900, 1, 1);

    public static ValidatedRequest? Validate(SubmitRequestBody body, LocalDate today, FieldErrors errors)
    {
        SchemeKey.Check(body.Municipality, body.Year, errors);
        if (!Codes.TryParse<Applicant>(body.SubmittedBy, out var submittedBy))
        {
            errors.Add("submittedBy", $"Kies wie de aanvraag doet: {Applicant.Recipient.Code()} (zorgvrager) " +
                                      $"of {Applicant.Caregiver.Code()} (mantelzorger).");
        }

        if (body.Language is not (null or "nl" or "en"))
        {
            errors.Add("language", "Kies nl of en.");
        }

        var recipient = Recipient(body.Recipient, today, errors);
        var caregivers = Caregivers(body.Caregivers, today, errors);
        return errors.Any
            ? null
            : new ValidatedRequest(body.Municipality!, body.Year!.Value, submittedBy, body.Language ?? "nl", recipient!, caregivers);
    }

    private static ValidatedRecipient? Recipient(RecipientBody? body, LocalDate today, FieldErrors errors)
    {
        if (body is null)
        {
            errors.Add("recipient", "Vul de gegevens van de zorgvrager in.");
            return null;
        }

        var name = Name(body.Name, "recipient.name", errors);
        Bsn? bsn = null;
        if (!string.IsNullOrWhiteSpace(body.Bsn))
        {
            if (Bsn.TryParse(body.Bsn, out var parsed))
            {
                bsn = parsed;
            }
            else
            {
                errors.Add("recipient.bsn", "Dit is geen geldig burgerservicenummer (9 cijfers).");
            }
        }

        var birthDate = BirthDate(body.BirthDate, "recipient.birthDate", today, errors);
        if (!Postcode.TryParse(body.Postcode, out var postcode))
        {
            errors.Add("recipient.postcode", "Vul een Nederlandse postcode in, bijvoorbeeld 1211 AB.");
        }

        var houseNumber = WhiteSpace().Replace(body.HouseNumber?.Trim() ?? "", " ");
        if (!HouseNumber().IsMatch(houseNumber))
        {
            errors.Add("recipient.houseNumber", "Vul een huisnummer in, eventueel met toevoeging, bijvoorbeeld 12 of 12a.");
        }

        var email = Email(body.Email, "recipient.email", errors);
        return new ValidatedRecipient(name, bsn, birthDate, postcode, houseNumber, email);
    }

    private static List<ValidatedCaregiver> Caregivers(IReadOnlyList<CaregiverBody?>? bodies, LocalDate today, FieldErrors errors)
    {
        var result = new List<ValidatedCaregiver>();
        if (bodies is null or { Count: 0 })
        {
            errors.Add("caregivers", "Vul minstens één mantelzorger in.");
            return result;
        }

        if (bodies.Count > MaxCaregiversAnyScheme)
        {
            errors.Add("caregivers", $"Hoogstens {MaxCaregiversAnyScheme} mantelzorgers per aanvraag.");
            return result;
        }

        for (var i = 0; i < bodies.Count; i++)
        {
            var field = $"caregivers[{i}]";
            if (bodies[i] is not { } body)
            {
                errors.Add(field, "Vul de gegevens van de mantelzorger in.");
                continue;
            }

            var name = Name(body.Name, field + ".name", errors);
            var birthDate = BirthDate(body.BirthDate, field + ".birthDate", today, errors);
            var email = Email(body.Email, field + ".email", errors);
            if (!Iban.TryParse(body.Iban, out var iban))
            {
                errors.Add(field + ".iban", "Dit is geen geldig IBAN-rekeningnummer in een SEPA-land.");
            }

            if (body.Weight is < 1 or > MaxWeight)
            {
                errors.Add(field + ".weight", $"Het aandeel is een heel getal van 1 tot en met {MaxWeight}.");
            }

            if (result.Any(c => c.Name == name && c.BirthDate == birthDate))
            {
                errors.Add(field, "Deze mantelzorger staat al in de aanvraag.");
            }

            result.Add(new ValidatedCaregiver(name, birthDate, email, iban, body.Weight ?? 1, body.ConsentToContact ?? false));
        }

        return result;
    }

    private static string Name(string? value, string field, FieldErrors errors)
    {
        var name = WhiteSpace().Replace(value?.Trim() ?? "", " ");
        if (name.Length is 0 or > MaxNameLength || name.Any(char.IsControl))
        {
            errors.Add(field, $"Vul een naam in van hoogstens {MaxNameLength} tekens.");
        }

        return name;
    }

    private static LocalDate BirthDate(LocalDate? value, string field, LocalDate today, FieldErrors errors)
    {
        if (value is not { } date)
        {
            errors.Add(field, "Vul de geboortedatum in (jjjj-mm-dd).");
            return default;
        }

        if (date > today || date < EarliestBirthDate)
        {
            errors.Add(field, "De geboortedatum ligt niet in de toekomst en niet voor 1900.");
        }

        return date;
    }

    private static string? Email(string? value, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var email = value.Trim();
        if (!EmailAddress.IsValid(email))
        {
            errors.Add(field, "Dit is geen geldig e-mailadres.");
        }

        return email;
    }

    // A house number from 1 to 99999, with an optional addition such as "a", "-2" or " bis".
    [GeneratedRegex(@"^[1-9][0-9]{0,4}( ?[-A-Za-z0-9]{1,6})?$")]
    private static partial Regex HouseNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
