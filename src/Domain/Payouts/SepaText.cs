using System.Globalization;
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

    private const string Allowed = "/-?:().,'+ ";

    /// <summary>A party's name: never empty.</summary>
    public static string Name(string name, int maxLength)
    {
        var cleaned = Clean(name, maxLength);
        return cleaned.Any(char.IsAsciiLetter) ? cleaned : NameWithoutLatinLetters;
    }

    public static string Clean(string text, int maxLength)
    {
        if (IsClean(text))
        {
            return Cut(text, maxLength);
        }

        var builder = new StringBuilder(text.Length);
        var withoutAccents = new string(text.Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .ToArray());
        var letters = Transliteration.GreekPairs(withoutAccents).ToCharArray();
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            if (char.IsAsciiLetterOrDigit(c) || Allowed.Contains(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(Transliteration.Latin(c, nextIsLower: i + 1 < letters.Length && char.IsLower(letters[i + 1])) ?? " ");
            }
        }

        return Cut(string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)), maxLength);
    }

    /// <summary>
    /// Text already in the set, with single spaces between words, is what cleaning would give back:
    /// most names and every remittance are, and a bank file has 100,000 of them.
    /// </summary>
    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' ? i == 0 || i == text.Length - 1 || text[i - 1] == ' ' : !(char.IsAsciiLetterOrDigit(c) || Allowed.Contains(c)))
            {
                return false;
            }
        }

        return true;
    }

    private static string Cut(string cleaned, int maxLength) => cleaned.Length <= maxLength ? cleaned : cleaned[..maxLength].TrimEnd();
}
