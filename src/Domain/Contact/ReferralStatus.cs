using System.Collections.Frozen;

namespace Waardering.Domain.Contact;

/// <summary>How far the support organisation followed up a referral (referrals.status).</summary>
public enum ReferralStatus
{
    /// <summary>Handed over, nobody called back yet.</summary>
    Open,

    /// <summary>The support organisation contacted the caregiver.</summary>
    Contacted,

    /// <summary>Followed up; nothing more to do.</summary>
    Closed,
}

public static class ReferralLife
{
    private static readonly FrozenDictionary<ReferralStatus, ReferralStatus[]> Next = new Dictionary<ReferralStatus, ReferralStatus[]>
    {
        [ReferralStatus.Open] = [ReferralStatus.Contacted, ReferralStatus.Closed],

        // Contacted cannot go back to open: the call was made.
        [ReferralStatus.Contacted] = [ReferralStatus.Closed],

        // Closed stays closed.
        [ReferralStatus.Closed] = [],
    }.ToFrozenDictionary();

    /// <summary>The statuses the support organisation may set: a new referral is open by itself.</summary>
    public static readonly IReadOnlyList<ReferralStatus> Settable = [ReferralStatus.Contacted, ReferralStatus.Closed];

    /// <summary>
    /// Whether a referral in <paramref name="from"/> may be set to <paramref name="to"/>. Setting
    /// the status it has is allowed, so a repeated request does no harm.
    /// </summary>
    public static bool CanBecome(ReferralStatus from, ReferralStatus to) => from == to || Next[from].Contains(to);
}
