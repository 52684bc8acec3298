using Waardering.Domain.Contact;

namespace Waardering.Data.Contact;

/// <summary>The check-in cycle's settings (section <c>Contact</c>).</summary>
public sealed class ContactOptions
{
    public const string Section = "Contact";

    /// <summary>How long after payout the check-in goes out. Six weeks: the payment has arrived and is still fresh.</summary>
    public int WeeksAfterPayout { get; set; } = 6;

    /// <summary>Days after the check-in before the one reminder.</summary>
    public int ReminderDays { get; set; } = 14;

    /// <summary>Days after the reminder before the links stop working.</summary>
    public int ExpiryDays { get; set; } = 14;

    /// <summary>
    /// A payout this many weeks past its check-in date gets none: after an outage the cycle
    /// catches up, but a late start does not mail caregivers about a payout of long ago.
    /// </summary>
    public int CatchUpWeeks { get; set; } = 8;

    /// <summary>
    /// Days a link to give or withdraw consent works. A year: each mail a caregiver gets carries a
    /// fresh one, and one scheme year's mails (decision, payment, check-in) fall within it; a link
    /// found in an old mail or a mailbox that changed hands stops working. An expired link's page
    /// says how to reach the municipality instead.
    /// </summary>
    public int ConsentLinkDays { get; set; } = 365;

    public int HeavyOverloadMaxWellbeing { get; set; } = HeavyOverloadRule.Default.MaxWellbeing;

    public int HeavyOverloadMinSignals { get; set; } = HeavyOverloadRule.Default.MinSignals;

    public SupportOrganisation SupportOrganisation { get; set; } = new();

    public HeavyOverloadRule HeavyOverload => new(HeavyOverloadMaxWellbeing, HeavyOverloadMinSignals);
}

/// <summary>The municipality's support organisation (mantelzorgondersteuning) that referrals go to.</summary>
public sealed class SupportOrganisation
{
    public string Name { get; set; } = "";

    public string Email { get; set; } = "";
}
