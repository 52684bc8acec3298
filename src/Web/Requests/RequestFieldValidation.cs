using System.Text.RegularExpressions;
using NodaTime;
using Waardering.Domain;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Schemes;
using Waardering.Web.Texts;

namespace Waardering.Web.Requests;

/// <summary>
/// Checks every field on its own (400 when malformed). All errors are collected, so the citizen
/// can mend the form in one go. The messages are in the request's language (the citizen's page,
/// or <c>?lang=</c> on the API), Dutch by default: one set of rules, its words from the text files.
/// </summary>
public static partial class RequestFieldValidation
{
    /// <summary>Room for any full name; a longer text is pasted text, not a name.</summary>
    public const int MaxNameLength = 200;

    private static readonly LocalDate EarliestBirthDate = new(1900, 1, 1);

    public static ValidatedRequest? Validate(SubmitRequestBody body, LocalDate today, FieldErrors errors)
    {
        SchemeKey.Check(body.Municipality, body.Year, errors);
        if (!Codes.TryParse<Applicant>(body.SubmittedBy, out var submittedBy))
        {
            errors.Add("submittedBy", CitizenWords.Of("validation.submittedBy", Applicant.Recipient.Code(), Applicant.Caregiver.Code()));
        }

        // Any language the citizens' pages offer, a municipality's own included: its mails fall back to Dutch where it has none.
        if (body.Language is not null && !CitizenWords.IsOffered(body.Language))
        {
            errors.Add("language", CitizenWords.Of("validation.language", string.Join(", ", CitizenWords.Languages)));
        }

        var recipient = Recipient(body.Recipient, today, errors);
        var caregivers = CaregiverFieldValidation.Validate(body.Caregivers, today, errors);
        // The recipient's confirmation must come from the recipient: a caregiver who applies
        // cannot name their own address as the recipient's and confirm for them.
        if (submittedBy == Applicant.Caregiver && recipient?.Email is { } recipientEmail && caregivers.Count > 0 &&
            string.Equals(recipientEmail, caregivers[0].Email, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("recipient.email", CitizenWords.Of("validation.recipientEmailOwn"));
        }

        var addresses = PostalAddressValidation.Read(body, errors);
        return errors.Any
            ? null
            : new ValidatedRequest(body.Municipality!, body.Year!.Value, submittedBy, body.Language ?? "nl", recipient!, caregivers)
            {
                Addresses = addresses,
            };
    }

    private static ValidatedRecipient? Recipient(RecipientBody? body, LocalDate today, FieldErrors errors)
    {
        if (body is null)
        {
            errors.Add("recipient", CitizenWords.Of("validation.recipient"));
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
                errors.Add("recipient.bsn", CitizenWords.Of("validation.bsn"));
            }
        }

        var birthDate = BirthDate(body.BirthDate, "recipient.birthDate", today, errors);
        if (!Postcode.TryParse(body.Postcode, out var postcode))
        {
            errors.Add("recipient.postcode", CitizenWords.Of("validation.postcode"));
        }

        var houseNumber = WhiteSpace().Replace(body.HouseNumber?.Trim() ?? "", " ");
        if (!HouseNumber().IsMatch(houseNumber))
        {
            errors.Add("recipient.houseNumber", CitizenWords.Of("validation.houseNumber"));
        }

        var email = Email(body.Email, "recipient.email", errors);
        return new ValidatedRecipient(name, bsn, birthDate, postcode, houseNumber, email);
    }

    internal static string Name(string? value, string field, FieldErrors errors)
    {
        var name = WhiteSpace().Replace(value?.Trim() ?? "", " ");
        if (name.Length is 0 or > MaxNameLength || name.Any(char.IsControl))
        {
            errors.Add(field, CitizenWords.Of("validation.name", MaxNameLength));
        }

        return name;
    }

    internal static LocalDate BirthDate(LocalDate? value, string field, LocalDate today, FieldErrors errors)
    {
        if (value is not { } date)
        {
            errors.Add(field, CitizenWords.Of("validation.birthDate"));
            return default;
        }

        if (date > today || date < EarliestBirthDate)
        {
            errors.Add(field, CitizenWords.Of("validation.birthDateRange"));
        }

        return date;
    }

    internal static string? Email(string? value, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var email = value.Trim();
        if (!EmailAddress.IsValid(email))
        {
            errors.Add(field, CitizenWords.Of("validation.email"));
        }

        return email;
    }

    // A house number from 1 to 99999, with an optional addition such as "a", "-2" or " bis".
    [GeneratedRegex(@"^[1-9][0-9]{0,4}( ?[-A-Za-z0-9]{1,6})?$")]
    internal static partial Regex HouseNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
