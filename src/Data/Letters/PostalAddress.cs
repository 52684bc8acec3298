namespace Waardering.Data.Letters;

/// <summary>
/// An address as a letter's address block writes it (PostNL's way: street and number on one line,
/// postcode, two spaces and the town in capitals on the next). A Dutch address is delivered on
/// postcode and house number alone, so street and town are printed when known.
/// </summary>
public sealed record PostalAddress(string? Street, string? HouseNumber, string? Postcode, string? City)
{
    /// <summary>A letter can be posted to it: postcode and house number are known.</summary>
    public bool Deliverable => !string.IsNullOrWhiteSpace(Postcode) && !string.IsNullOrWhiteSpace(HouseNumber);

    public IReadOnlyList<string> Lines(string name)
    {
        var street = string.IsNullOrWhiteSpace(Street) ? HouseNumber! : $"{Street} {HouseNumber}";
        var postcode = Postcode!.Length == 6 ? $"{Postcode[..4]} {Postcode[4..]}" : Postcode;
        var town = string.IsNullOrWhiteSpace(City) ? postcode : $"{postcode}  {City.ToUpperInvariant()}";
        return [name, street, town];
    }
}
