using System.Globalization;
using System.Text;

namespace Waardering.Domain.Payouts;

/// <summary>
/// Text in a SEPA file is limited to the Latin character set of the EPC guidelines
/// (a-z A-Z 0-9 / - ? : ( ) . , ' + and space). Accents are dropped (Müller → Muller), anything
/// else becomes a space, and the text is cut to the field's length.
/// </summary>
public static class SepaText
{
    private const string Allowed = "/-?:().,'+ ";

    public static string Clean(string text, int maxLength)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) || Allowed.Contains(c) ? c : ' ');
        }

        var cleaned = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return cleaned.Length <= maxLength ? cleaned : cleaned[..maxLength].TrimEnd();
    }
}
