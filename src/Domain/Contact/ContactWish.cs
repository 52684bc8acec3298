namespace Waardering.Domain.Contact;

/// <summary>Whether and how a caregiver wants to be contacted after a check-in (check_ins.contact_wish).</summary>
public enum ContactWish
{
    /// <summary>No contact now.</summary>
    None,

    /// <summary>Call me: the check-in needs a phone number.</summary>
    Phone,

    /// <summary>Mail me.</summary>
    Mail,
}
