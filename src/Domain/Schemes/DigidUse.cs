namespace Waardering.Domain.Schemes;

/// <summary>
/// Whether citizens may sign in with DigiD for a scheme (schemes.digid). A municipality gets DigiD
/// through a broker under a contract of its own, so it is a scheme's choice, never a requirement:
/// the form without sign-in stays for whoever has no DigiD.
/// </summary>
public enum DigidUse
{
    /// <summary>No sign-in: the citizen types the BSN, if they give one.</summary>
    Off,

    /// <summary>The form offers signing in with DigiD; whoever does not sign in applies as before.</summary>
    Optional,
}
