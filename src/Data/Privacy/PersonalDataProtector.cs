using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Waardering.Data.Privacy;

/// <summary>
/// Encrypts personal data at rest (AES-256-GCM, a fresh 12-byte nonce per value) and computes
/// keyed hashes to find it again. The layout of a sealed value is nonce | ciphertext | tag.
/// </summary>
public sealed class PersonalDataProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _encryptionKey;
    private readonly byte[] _hashKey;

    public PersonalDataProtector(IOptions<PrivacyOptions> options)
    {
        _encryptionKey = ReadKey(options.Value.EncryptionKey, "Privacy:EncryptionKey");
        _hashKey = ReadKey(options.Value.HashKey, "Privacy:HashKey");
    }

    public byte[] Seal(string plaintext, string purpose)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var sealedValue = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedValue.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_encryptionKey, TagSize);
        // The purpose is bound as associated data: a sealed BSN cannot be passed off as another field.
        aes.Encrypt(nonce, plain, sealedValue.AsSpan(NonceSize, plain.Length),
            sealedValue.AsSpan(NonceSize + plain.Length), Encoding.UTF8.GetBytes(purpose));
        return sealedValue;
    }

    public string Unseal(byte[] sealedValue, string purpose)
    {
        var length = sealedValue.Length - NonceSize - TagSize;
        var plain = new byte[length];
        using var aes = new AesGcm(_encryptionKey, TagSize);
        aes.Decrypt(sealedValue.AsSpan(0, NonceSize), sealedValue.AsSpan(NonceSize, length),
            sealedValue.AsSpan(NonceSize + length), plain, Encoding.UTF8.GetBytes(purpose));
        return Encoding.UTF8.GetString(plain);
    }

    public byte[] KeyedHash(string value, string purpose) =>
        HMACSHA256.HashData(_hashKey, Encoding.UTF8.GetBytes($"{purpose}\n{value}"));

    private static byte[] ReadKey(string base64, string name)
    {
        try
        {
            var key = Convert.FromBase64String(base64);
            if (key.Length == 32)
            {
                return key;
            }
        }
        catch (FormatException)
        {
        }

        throw new InvalidOperationException($"{name} must be the base64 of 32 random bytes.");
    }
}
