using System.Security.Cryptography;
using System.Text;

namespace Waardering.Web.Requests;

/// <summary>
/// The citizen's key to a request: 256 random bits, given once and stored only as its SHA-256.
/// Its entropy makes a plain hash enough; no key is needed to protect it.
/// </summary>
public static class StatusTokens
{
    public const string Header = "X-Status-Token";

    public static string New() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public static bool Matches(string? token, byte[] storedHash) =>
        !string.IsNullOrEmpty(token) && token.Length <= 100 &&
        CryptographicOperations.FixedTimeEquals(Hash(token), storedHash);

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
