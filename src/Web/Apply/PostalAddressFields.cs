using Waardering.Web.Requests;

namespace Waardering.Web.Apply;

/// <summary>
/// The optional postal address fields of the application form (<see cref="PostalAddressValidation"/>):
/// the recipient's street and city, and per caregiver a whole address, for letters to whoever gives
/// no e-mail address. Posted by the API body's paths, like the form's other fields.
/// </summary>
public static class PostalAddressFields
{
    public static readonly string[] RecipientFields = ["recipient.street", "recipient.city"];

    private static readonly string[] Parts = ["street", "houseNumber", "postcode", "city"];

    public static IEnumerable<string> CaregiverFields(int index) => Parts.Select(p => $"caregivers[{index}].address.{p}");

    /// <summary>The body with the address fields the form holds; an empty field is left out, an empty address too.</summary>
    public static SubmitRequestBody AddTo(ApplicationForm form, SubmitRequestBody body)
    {
        string? Optional(string field) => form.Value(field) is { Length: > 0 } value ? value : null;
        var recipient = body.Recipient is null ? null
            : body.Recipient with { Street = Optional("recipient.street"), City = Optional("recipient.city") };
        var caregivers = body.Caregivers?.Select((c, i) => c is null ? null : c with
        {
            Address = CaregiverFields(i).Any(f => Optional(f) is not null)
                ? new PostalAddressBody(Optional($"caregivers[{i}].address.street"), Optional($"caregivers[{i}].address.houseNumber"),
                    Optional($"caregivers[{i}].address.postcode"), Optional($"caregivers[{i}].address.city"))
                : null,
        }).ToList();
        return body with { Recipient = recipient, Caregivers = caregivers };
    }
}
