using System.Text.RegularExpressions;
using Waardering.Data.Vouchers;

namespace Waardering.Web.Vouchers;

/// <summary>
/// A voucher order as the supplier sends it, read the same way by the API and the back office:
/// one code per line (4-64 letters, digits or dashes); an optional first line "code" is a header.
/// Any bad or repeated code refuses the whole file, naming its line; nothing is imported.
/// </summary>
public static partial class VoucherFile
{
    /// <summary>The codes of the file; each bad line adds an error under <c>lines[n]</c>, its line number.</summary>
    public static List<string> Parse(string text, FieldErrors errors)
    {
        var lines = text.Split('\n');
        var codes = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var code = lines[i].Trim().Trim('"', '\r');
            if (code.Length == 0 || (i == 0 && code.Equals("code", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (!Code().IsMatch(code))
            {
                errors.Add(LineField(i + 1), "Een code is 4 tot 64 letters, cijfers of streepjes.");
            }
            else if (!seen.Add(code))
            {
                errors.Add(LineField(i + 1), "Deze code staat twee keer in het bestand.");
            }
            else
            {
                codes.Add(code);
            }
        }

        if (codes.Count == 0 && !errors.Any)
        {
            errors.Add("body", "Het bestand bevat geen codes.");
        }

        return codes;
    }

    public static string LineField(int line) => $"lines[{line}]";

    /// <summary>Why the store refused a file it was given whole (an unknown municipality, codes imported before).</summary>
    public static string Refusal(VoucherImportOutcome outcome, string municipality, IReadOnlyList<string> duplicates) =>
        outcome == VoucherImportOutcome.UnknownMunicipality
            ? $"Gemeente {municipality} is onbekend."
            : $"Deze codes zijn al eerder ingelezen: {string.Join(", ", duplicates.Take(10))}.";

    [GeneratedRegex("^[A-Za-z0-9-]{4,64}$")]
    private static partial Regex Code();
}
