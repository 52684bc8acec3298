namespace Waardering.Domain;

/// <summary>
/// A burgerservicenummer: nine digits that pass the 11-proef. Its <see cref="ToString"/> is
/// masked, so that a BSN that slips into a log line or a message never shows in full.
/// </summary>
public readonly record struct Bsn
{
    private Bsn(string value) => Value = value;

    /// <summary>The nine digits. Only for encryption and lookup; never log or show it.</summary>
    public string Value { get; }

    public string Masked => "******" + Value[^3..];

    public static bool TryParse(string? input, out Bsn bsn)
    {
        bsn = default;
        var digits = new string((input ?? "").Where(c => c is not (' ' or '.')).ToArray());
        // Older BSNs were issued with eight digits; they are read with a leading zero.
        if (digits.Length == 8)
        {
            digits = "0" + digits;
        }

        if (digits.Length != 9 || !digits.All(char.IsAsciiDigit) || digits == "000000000")
        {
            return false;
        }

        // 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11.
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (digits[i] - '0');
        }

        sum -= digits[8] - '0';
        if (sum % 11 != 0)
        {
            return false;
        }

        bsn = new Bsn(digits);
        return true;
    }

    public override string ToString() => Value is null ? "" : Masked;
}
