namespace Waardering.Web.RateLimits;

/// <summary>
/// How many calls the service takes without sign-in before it answers 429 (section
/// <c>RateLimits</c>). Each limit is a fixed window: so many calls per so many seconds.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Any call without sign-in, per client address: pages, links and the API.</summary>
    public int PerClientPermitLimit { get; set; } = 120;

    public int PerClientWindowSeconds { get; set; } = 60;

    /// <summary>
    /// Requests submitted without sign-in, per client address. A library's or a care home's
    /// shared computer sends a few dozen in a busy hour; a script sends thousands.
    /// </summary>
    public int SubmissionsPerClientPermitLimit { get; set; } = 30;

    public int SubmissionsPerClientWindowSeconds { get; set; } = 3600;

    /// <summary>
    /// Requests submitted without sign-in for one recipient (by the keyed hash of the BSN, and of
    /// name, birth date and address): a retry or two, never a flood of possible duplicates.
    /// </summary>
    public int PerRecipientPermitLimit { get; set; } = 5;

    public int PerRecipientWindowSeconds { get; set; } = 86400;
}
