using System.Text.RegularExpressions;

namespace Waardering.Domain;

/// <summary>
/// An amount in euros as people type it in a form: "200.000", "200000", "€ 200.000,50" or
/// "45.000,-". A dot groups thousands and a comma starts the cents, as Dutch is written; a dot
/// elsewhere ("200.5") is refused rather than guessed at, since it would be off by a factor.
/// </summary>
public static partial class TypedEuros
{
    public static bool TryRead(string? text, out long cents)
    {
        cents = 0;
        var match = Amount().Match((text ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal));
        if (!match.Success || match.Groups["euros"].Length > 12)
        {
            return false;
        }

        var euros = long.Parse(match.Groups["euros"].Value.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        var decimals = match.Groups["cents"].Value;
        var part = decimals.Length == 0 ? 0 : int.Parse(decimals.PadRight(2, '0'), System.Globalization.CultureInfo.InvariantCulture);
        cents = (euros * 100) + part;
        return true;
    }

    /// <summary>As a form shows it again: whole euros grouped in thousands, cents only when there are any.</summary>
    public static string Write(long cents) =>
        (cents / 100).ToString("N0", Dutch) + (cents % 100 == 0 ? "" : "," + (cents % 100).ToString("00", Dutch));

    private static readonly System.Globalization.CultureInfo Dutch = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");

    [GeneratedRegex(@"^€?(?<euros>[0-9]+|[0-9]{1,3}(\.[0-9]{3})+)(,(?<cents>[0-9]{1,2})|,-)?$")]
    private static partial Regex Amount();
}
