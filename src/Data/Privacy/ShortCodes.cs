using System.Security.Cryptography;
using System.Text;

namespace Waardering.Data.Privacy;

/// <summary>
/// Codes printed in a letter, to be typed on a page or read out on the phone: ten characters from
/// an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B), shown as two groups of five.
/// 25^10 (about 10^14) possibilities behind a rate-limited page make guessing hopeless. Stored
/// only as their SHA-256, like <see cref="SecretTokens"/>.
/// </summary>
public static class ShortCodes
{
    public const string Alphabet = "ACDEFGHJKMNPQRTUVWXY34679";
    public const int Length = 10;

    public static string New()
    {
        var code = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"{new string(code, 0, Length / 2)}-{new string(code, Length / 2, Length / 2)}";
    }

    /// <summary>The code as typed, without spaces or dashes, in capitals; null when it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null || typed.Length > 40)
        {
            return null;
        }

        var code = new string(typed.Where(c => c is not (' ' or '-')).Select(char.ToUpperInvariant).ToArray());
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }

    /// <summary>The hash of a code, however it was typed; null when it cannot be a code.</summary>
    public static byte[]? Hash(string? typed) =>
        Normalize(typed) is { } code ? SHA256.HashData(Encoding.ASCII.GetBytes(code)) : null;
}
