using System.Buffers;
using System.Runtime.CompilerServices;

namespace Waardering.Domain;

/// <summary>
/// An IBAN of a SEPA country: the length that country's IBANs have and a check number that
/// makes the whole number mod 97 equal to 1 (ISO 13616). <see cref="ToString"/> is masked.
/// </summary>
public readonly record struct Iban
{
    private Iban(string value) => Value = value;

    /// <summary>The electronic format: capitals, no spaces.</summary>
    public string Value { get; }

    public string CountryCode => Value[..2];

    public string Masked => Value[..4] + new string('*', Value.Length - 8) + Value[^4..];

    /// <summary>A stored IBAN, masked; null when none is stored (erased) or it no longer parses.</summary>
    public static string? MaskOf(string? stored) => stored is not null && TryParse(stored, out var iban) ? iban.Masked : null;

    /// <summary>Groups of four, as printed on a bank card: NL91 ABNA 0417 1643 00.</summary>
    public string Formatted => string.Join(' ', Value.Chunk(4).Select(c => new string(c)));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(string? input, out Iban iban)
    {
        iban = default;
        if (input is null)
        {
            return false;
        }

        // A stored IBAN is in the electronic format already and is checked without a copy: a bank file
        // checks 100,000 of them (bench/payouts.sh). Only a typed one loses its spaces and small letters first.
        var value = input.AsSpan().ContainsAnyExcept(Electronic)
            ? new string(input.Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant()
            : input;
        if (value.Length < 15 || value.Length > 34 || value.AsSpan().ContainsAnyExcept(Electronic) ||
            !SepaCountries.TryGetIbanLength(value.AsSpan(0, 2), out var length) || value.Length != length ||
            !char.IsAsciiDigit(value[2]) || !char.IsAsciiDigit(value[3]) || Mod97(value) != 1)
        {
            return false;
        }

        iban = new Iban(value);
        return true;
    }

    /// <summary>The characters of an IBAN in its electronic format.</summary>
    private static readonly SearchValues<char> Electronic = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    /// <summary>The number with its first four characters moved to the end, letters as 10-35, mod 97.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Mod97(string value)
    {
        var remainder = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[(i + 4) % value.Length];
            var digit = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = digit >= 10 ? ((remainder * 100) + digit) % 97 : ((remainder * 10) + digit) % 97;
        }

        return remainder;
    }

    public override string ToString() => Value is null ? "" : Masked;
}
