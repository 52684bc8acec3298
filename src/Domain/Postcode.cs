namespace Waardering.Domain;

/// <summary>
/// A Dutch postcode: four digits (1000-9999) and two capitals. PostNL does not issue the letter
/// pairs SA, SD and SS, so those are refused.
/// </summary>
public readonly record struct Postcode
{
    private Postcode(string value) => Value = value;

    /// <summary>Normalised, without a space: 1211AB.</summary>
    public string Value { get; }

    public int Digits => int.Parse(Value[..4], System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryParse(string? input, out Postcode postcode)
    {
        postcode = default;
        var value = (input ?? "").Trim().ToUpperInvariant();
        if (value.Length == 7 && value[4] == ' ')
        {
            value = value.Remove(4, 1);
        }

        if (value.Length != 6 || value[0] is < '1' or > '9' || !value[..4].All(char.IsAsciiDigit) ||
            !value[4..].All(char.IsAsciiLetterUpper) || value[4..] is "SA" or "SD" or "SS")
        {
            return false;
        }

        postcode = new Postcode(value);
        return true;
    }

    public override string ToString() => Value is null ? "" : $"{Value[..4]} {Value[4..]}";
}
