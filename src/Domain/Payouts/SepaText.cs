using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Waardering.Domain.Payouts;

/// <summary>
/// Text in a SEPA file is limited to the Latin character set of the EPC guidelines
/// (a-z A-Z 0-9 / - ? : ( ) . , ' + and space); a bank refuses the whole file for one character
/// outside it. Accents are dropped (Müller → Muller), other scripts transliterated
/// (<see cref="Transliteration"/>: Łukasz Groß → Lukasz Gross, Иван → Ivan), anything else becomes a
/// space, and the text is cut to the field's length.
/// </summary>
public static class SepaText
{
    /// <summary>
    /// A payee's name when nothing of it is left in the Latin set (a name in Chinese script, say):
    /// the file must name every creditor, and the caregiver is whom the municipality pays.
    /// </summary>
    public const string NameWithoutLatinLetters = "Mantelzorger";

    /// <summary>The EPC's Latin character set: letters, digits and these marks.</summary>
    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/-?:().,'+ ");

    private static readonly SearchValues<char> AsciiLetters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    // The Latin-1 Supplement and Latin Extended-A and -B (À to ɏ): the accented letters of the
    // languages the caregivers write their names in.
    private const char AccentedFrom = '\u00C0';
    private const int AccentedCount = 0x250 - AccentedFrom;

    /// <summary>
    /// For each letter of that range which decomposes into one ASCII letter and non-spacing marks,
    /// that letter (é → e); '\0' for the others (ß, Ł, ×), which <see cref="Transliterated"/> handles.
    /// </summary>
    private static readonly char[] BaseLetters = Enumerable.Range(AccentedFrom, AccentedCount).Select(c =>
    {
        var letters = ((char)c).ToString().Normalize(NormalizationForm.FormD)
            .Where(d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark).ToArray();
        return letters is [var letter] && char.IsAsciiLetter(letter) ? letter : '\0';
    }).ToArray();

    /// <summary>A party's name: never empty.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Name(string name, int maxLength)
    {
        var cleaned = Clean(name, maxLength);
        return cleaned.AsSpan().ContainsAny(AsciiLetters) ? cleaned : NameWithoutLatinLetters;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Clean(string text, int maxLength)
    {
        if (IsClean(text))
        {
            return Cut(text, maxLength);
        }

        return Cut(WithoutAccents(text) is { } latin ? SingleSpaced(latin) : Transliterated(text), maxLength);
    }

    /// <summary>Every step of cleaning: accents off, other scripts transliterated, the rest a space.</summary>
    internal static string Transliterated(string text)
    {
        var builder = new StringBuilder(text.Length);
        var withoutAccents = new string(text.Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .ToArray());
        var letters = Transliteration.GreekPairs(withoutAccents).ToCharArray();
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            if (IsAllowed(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(Transliteration.Latin(c, nextIsLower: i + 1 < letters.Length && char.IsLower(letters[i + 1])) ?? " ");
            }
        }

        return SingleSpaced(builder.ToString());
    }

    /// <summary>
    /// The text with its accented Latin letters as their base letters (Zoë Çelik → Zoe Celik), as
    /// <see cref="Transliterated"/> gives them, but from a table instead of a Unicode normalisation
    /// per name, which was most of writing a bank file of 100,000 (measured with bench/payouts.sh); null when
    /// it holds anything else, which takes every step.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? WithoutAccents(string text)
    {
        Span<char> letters = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsAllowed(c))
            {
                letters[i] = c;
            }
            else if (c - AccentedFrom is >= 0 and < AccentedCount && BaseLetters[c - AccentedFrom] is not '\0' and var latin)
            {
                letters[i] = latin;
            }
            else
            {
                return null;
            }
        }

        return new string(letters);
    }

    private static bool IsAllowed(char c) => Allowed.Contains(c);

    private static string SingleSpaced(string text) =>
        IsSingleSpaced(text) ? text : string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>No space at either end, none after another.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsSingleSpaced(string text) =>
        text.Length == 0 || (text[0] != ' ' && text[^1] != ' ' && !text.Contains("  ", StringComparison.Ordinal));

    /// <summary>
    /// Text already in the set, with single spaces between words, is what cleaning would give back:
    /// most names and every remittance are, and a bank file has 100,000 of them.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsClean(string text) => !text.AsSpan().ContainsAnyExcept(Allowed) && IsSingleSpaced(text);

    private static string Cut(string cleaned, int maxLength) => cleaned.Length <= maxLength ? cleaned : cleaned[..maxLength].TrimEnd();
}
