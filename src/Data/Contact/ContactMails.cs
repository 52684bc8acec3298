namespace Waardering.Data.Contact;

/// <summary>The templates of the contactmoment (templates/mail).</summary>
public static class ContactMails
{
    /// <summary>The check-in and its one reminder.</summary>
    public const string CheckIn = "check-in";

    /// <summary>The referral to the support organisation.</summary>
    public const string Referral = "referral";
}
