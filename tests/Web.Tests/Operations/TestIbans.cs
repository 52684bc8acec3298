using System.Globalization;
using System.Numerics;

namespace Waardering.Web.Tests.Operations;

/// <summary>Dutch IBANs of their own per call, with valid check digits (ISO 13616: 98 minus the number mod 97).</summary>
public static class TestIbans
{
    public static string New()
    {
        var account = Random.Shared.NextInt64(1_000_000_000, 9_999_999_999).ToString(CultureInfo.InvariantCulture);
        var bban = "ABNA" + account;
        var digits = string.Concat((bban + "NL00").Select(c => char.IsLetter(c) ? (c - 'A' + 10).ToString(CultureInfo.InvariantCulture) : c.ToString()));
        var check = 98 - (int)(BigInteger.Parse(digits, CultureInfo.InvariantCulture) % 97);
        return $"NL{check:D2}{bban}";
    }
}
