using Waardering.Data.Letters;
using Waardering.Domain;

namespace Waardering.Web.Requests;

/// <summary>
/// The optional postal address fields of a request, for letters to whoever has no e-mail address:
/// the recipient's street and city beside the postcode and house number they already give, and a
/// caregiver's whole address, whose postcode and house number are needed once any of it is given.
/// </summary>
public static class PostalAddressValidation
{
    public const int MaxStreetLength = 200;
    public const int MaxCityLength = 100;

    public static IReadOnlyDictionary<int, PostalAddress> Read(SubmitRequestBody body, FieldErrors errors)
    {
        var addresses = new Dictionary<int, PostalAddress>();
        if (body.Recipient is { } recipient)
        {
            var street = Text(recipient.Street, MaxStreetLength, "recipient.street", "straatnaam", errors);
            var city = Text(recipient.City, MaxCityLength, "recipient.city", "plaatsnaam", errors);
            if (street is not null || city is not null)
            {
                addresses[RequestAddresses.Recipient] = new PostalAddress(street, null, null, city);
            }
        }

        for (var i = 0; i < (body.Caregivers?.Count ?? 0); i++)
        {
            if (body.Caregivers![i]?.Address is { } address && Caregiver(address, $"caregivers[{i}].address.", errors) is { } read)
            {
                addresses[i + 1] = read;
            }
        }

        return addresses;
    }

    /// <summary>A caregiver's address, or null when every field is empty.</summary>
    public static PostalAddress? Caregiver(PostalAddressBody body, string prefix, FieldErrors errors)
    {
        var street = Text(body.Street, MaxStreetLength, prefix + "street", "straatnaam", errors);
        var city = Text(body.City, MaxCityLength, prefix + "city", "plaatsnaam", errors);
        var houseNumber = string.IsNullOrWhiteSpace(body.HouseNumber) ? null : string.Join(' ', body.HouseNumber.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (street is null && city is null && houseNumber is null && string.IsNullOrWhiteSpace(body.Postcode))
        {
            return null;
        }

        if (!Postcode.TryParse(body.Postcode, out var postcode))
        {
            errors.Add(prefix + "postcode", "Vul een Nederlandse postcode in, bijvoorbeeld 1211 AB.");
        }

        if (houseNumber is null || !RequestFieldValidation.HouseNumber().IsMatch(houseNumber))
        {
            errors.Add(prefix + "houseNumber", "Vul een huisnummer in, eventueel met toevoeging, bijvoorbeeld 12 of 12a.");
        }

        return new PostalAddress(street, houseNumber, postcode.Value, city);
    }

    private static string? Text(string? value, int max, string field, string what, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > max || text.Any(char.IsControl))
        {
            errors.Add(field, $"Vul een {what} in van hoogstens {max} tekens.");
        }

        return text;
    }
}
