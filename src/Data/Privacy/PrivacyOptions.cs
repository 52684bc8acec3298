namespace Waardering.Data.Privacy;

/// <summary>
/// Keys for personal data, base64 of 32 bytes each. They live outside the database (environment,
/// secret store) so that a copy of the database alone reveals no BSN.
/// </summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>AES-256-GCM key for BSNs and other personal data at rest.</summary>
    public string EncryptionKey { get; set; } = "";

    /// <summary>HMAC-SHA256 key for looking a BSN up without decrypting.</summary>
    public string HashKey { get; set; } = "";
}
