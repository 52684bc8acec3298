namespace Waardering.Web.Requests;

/// <summary>
/// Recognises the same recipient without a BSN: name, birth date and address together. With
/// the BSN too, both must be unique within a scheme year (one request per recipient per year).
/// </summary>
public static class RecipientIdentity
{
    public const string Purpose = "recipient-identity";

    public static string Of(ValidatedRecipient recipient) =>
        string.Join('|',
            recipient.Name.ToLowerInvariant(),
            recipient.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            recipient.Postcode.Value,
            recipient.HouseNumber.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant());
}
