namespace Waardering.Domain;

/// <summary>
/// The countries and territories of the SEPA scheme (EPC409-09, list of SEPA scheme countries)
/// with the length of their IBANs (SWIFT IBAN registry). A payout can only go to these.
/// </summary>
public static class SepaCountries
{
    public static readonly IReadOnlyDictionary<string, int> IbanLengths = new Dictionary<string, int>
    {
        ["AD"] = 24, ["AT"] = 20, ["BE"] = 16, ["BG"] = 22, ["CH"] = 21, ["CY"] = 28, ["CZ"] = 24,
        ["DE"] = 22, ["DK"] = 18, ["EE"] = 20, ["ES"] = 24, ["FI"] = 18, ["FR"] = 27, ["GB"] = 22,
        ["GI"] = 23, ["GR"] = 27, ["HR"] = 21, ["HU"] = 28, ["IE"] = 22, ["IS"] = 26, ["IT"] = 27,
        ["LI"] = 21, ["LT"] = 20, ["LU"] = 20, ["LV"] = 21, ["MC"] = 27, ["MT"] = 31, ["NL"] = 18,
        ["NO"] = 15, ["PL"] = 28, ["PT"] = 25, ["RO"] = 24, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24,
        ["SM"] = 27, ["VA"] = 22,
        // Territories with their own IBAN prefix that belong to SEPA through France or the UK.
        ["GF"] = 27, ["GP"] = 27, ["MQ"] = 27, ["RE"] = 27, ["YT"] = 27, ["PM"] = 27, ["BL"] = 27,
        ["MF"] = 27, ["GG"] = 22, ["JE"] = 22, ["IM"] = 22,
        // Albania, Moldova, Montenegro and North Macedonia joined SEPA in 2025.
        ["AL"] = 28, ["MD"] = 24, ["ME"] = 22, ["MK"] = 19,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ByCode =
        ((Dictionary<string, int>)IbanLengths).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The length of a SEPA country's IBANs, looked up without a string of its code.</summary>
    public static bool TryGetIbanLength(ReadOnlySpan<char> countryCode, out int length) => ByCode.TryGetValue(countryCode, out length);
}
