namespace Waardering.Data.Privacy;

/// <summary>Purposes bound into the BSN's ciphertext and hash, so neither can stand in for another field.</summary>
public static class BsnPurpose
{
    public const string Seal = "bsn";
    public const string Lookup = "bsn-lookup";
}
