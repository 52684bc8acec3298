using System.Security.Cryptography;
using System.Text;

namespace Waardering.Data.Privacy;

/// <summary>
/// Unguessable tokens for citizens' links: 256 random bits, given once and stored only as their
/// SHA-256. Their entropy makes a plain hash enough; no key is needed to protect them.
/// </summary>
public static class SecretTokens
{
    public static string New() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public static bool Matches(string? token, byte[]? storedHash) =>
        !string.IsNullOrEmpty(token) && token.Length <= 100 && storedHash is not null &&
        CryptographicOperations.FixedTimeEquals(Hash(token), storedHash);
}
