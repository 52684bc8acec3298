using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Waardering.Domain.Payouts;

/// <summary>
/// Latin letters for the letters that do not decompose into a base letter and accents: Latin
/// ligatures and strokes (ß → ss, Ł → L, Ø → O, Æ → AE), Cyrillic by the ICAO Doc 9303 table (as in
/// passports: Ж → Zh, Щ → Shch, Я → Ia) and Greek by ELOT 743 (Θ → Th, Χ → Ch, Ψ → Ps). Accented
/// letters (é, ё, ά) lose their accents before they come here.
/// </summary>
public static partial class Transliteration
{
    // Greek's letter pairs of ELOT 743: ου → ou, γγ → ng, and αυ, ευ, ηυ → av, ev, iv, or af, ef,
    // if before a voiceless consonant or at the end of a word (Ευάγγελος → Evangelos, Ευθυμίου → Efthymiou).
    private const string Voiceless = "θκξπσςτφχψ";

    private static readonly FrozenDictionary<char, string> Upper = new Dictionary<char, string>
    {
        // Latin
        ['ẞ'] = "SS", ['Ł'] = "L", ['Ø'] = "O", ['Æ'] = "AE", ['Œ'] = "OE", ['Þ'] = "TH", ['Đ'] = "D", ['Ð'] = "D",
        ['Ħ'] = "H", ['Ŋ'] = "N", ['Ŧ'] = "T", ['Ŀ'] = "L",
        // Cyrillic (ICAO Doc 9303)
        ['А'] = "A", ['Б'] = "B", ['В'] = "V", ['Г'] = "G", ['Д'] = "D", ['Е'] = "E", ['Ж'] = "ZH", ['З'] = "Z",
        ['И'] = "I", ['Й'] = "I", ['К'] = "K", ['Л'] = "L", ['М'] = "M", ['Н'] = "N", ['О'] = "O", ['П'] = "P",
        ['Р'] = "R", ['С'] = "S", ['Т'] = "T", ['У'] = "U", ['Ф'] = "F", ['Х'] = "KH", ['Ц'] = "TS", ['Ч'] = "CH",
        ['Ш'] = "SH", ['Щ'] = "SHCH", ['Ъ'] = "IE", ['Ы'] = "Y", ['Ь'] = "", ['Э'] = "E", ['Ю'] = "IU", ['Я'] = "IA",
        ['Є'] = "IE", ['І'] = "I", ['Ґ'] = "G", ['Ў'] = "U", ['Ђ'] = "D", ['Ј'] = "J", ['Љ'] = "LJ", ['Њ'] = "NJ",
        ['Ћ'] = "C", ['Џ'] = "DZ", ['Ѕ'] = "DZ",
        // Greek (ELOT 743)
        ['Α'] = "A", ['Β'] = "V", ['Γ'] = "G", ['Δ'] = "D", ['Ε'] = "E", ['Ζ'] = "Z", ['Η'] = "I", ['Θ'] = "TH",
        ['Ι'] = "I", ['Κ'] = "K", ['Λ'] = "L", ['Μ'] = "M", ['Ν'] = "N", ['Ξ'] = "X", ['Ο'] = "O", ['Π'] = "P",
        ['Ρ'] = "R", ['Σ'] = "S", ['Τ'] = "T", ['Υ'] = "Y", ['Φ'] = "F", ['Χ'] = "CH", ['Ψ'] = "PS", ['Ω'] = "O",
    }.ToFrozenDictionary();

    // Lower-case letters without an upper-case partner in the table above.
    private static readonly FrozenDictionary<char, string> LowerOnly = new Dictionary<char, string>
    {
        ['ß'] = "ss", ['ı'] = "i", ['ĸ'] = "k", ['ſ'] = "s", ['ς'] = "s",
    }.ToFrozenDictionary();

    /// <summary>Greek's letter pairs in Latin letters; the rest of the text as it was.</summary>
    public static string GreekPairs(string text) => GreekPair().Replace(text, m =>
    {
        var pair = m.Groups[1].Value;
        var next = m.Groups[2].Value.ToLowerInvariant();
        var latin = pair.ToLowerInvariant() switch
        {
            "ου" => "ou",
            "γγ" => "ng",
            var vowel => (vowel[0] switch { 'α' => "a", 'ε' => "e", _ => "i" }) +
                (next.Length == 0 || Voiceless.Contains(next[0]) || !char.IsLetter(next[0]) ? "f" : "v"),
        };
        var upper = char.IsUpper(pair[0]) && (char.IsUpper(pair[1]) || (m.Groups[2].Length > 0 && char.IsUpper(m.Groups[2].Value[0])));
        return upper ? latin.ToUpperInvariant() : char.IsUpper(pair[0]) ? char.ToUpperInvariant(latin[0]) + latin[1..] : latin;
    });

    /// <summary>The Latin letters for <paramref name="c"/>, or null when it has none here.</summary>
    /// <param name="nextIsLower">Whether a lower-case letter follows: Щукин → Shchukin, ЩУКИН → SHCHUKIN.</param>
    public static string? Latin(char c, bool nextIsLower)
    {
        if (LowerOnly.TryGetValue(c, out var lowerOnly))
        {
            return lowerOnly;
        }

        if (Upper.TryGetValue(c, out var upper))
        {
            return upper.Length > 1 && nextIsLower ? upper[0] + upper[1..].ToLowerInvariant() : upper;
        }

        var asUpper = char.ToUpperInvariant(c);
        return asUpper != c && Upper.TryGetValue(asUpper, out var fromLower) ? fromLower.ToLowerInvariant() : null;
    }

    [GeneratedRegex("(ου|γγ|[αεη]υ)(?=(.?))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GreekPair();
}
