namespace Waardering.Domain.Schemes;

/// <summary>Who may submit a request under a scheme (schemes.who_may_apply).</summary>
public enum WhoMayApply
{
    /// <summary>Only the recipient (zorgvrager) applies, for his or her caregivers.</summary>
    Recipient,

    /// <summary>Only a caregiver (mantelzorger) applies.</summary>
    Caregiver,

    /// <summary>Either may apply; a caregiver's request may need the recipient's co-signature.</summary>
    Both,
}
