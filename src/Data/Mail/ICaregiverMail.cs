using Waardering.Data.Support;

namespace Waardering.Data.Mail;

/// <summary>
/// A mail to a caregiver: it lists the support on offer in their municipality (DOMAIN.md "Support on
/// offer"). Its builder leaves <see cref="Support"/> empty; <see cref="Outbox.OutboxWriter"/> fills it
/// from the municipality's settings as they stand when the mail is written, whichever writer wrote it.
/// The templates show it through the shared part <c>_support</c>.
/// </summary>
public interface ICaregiverMail : IMailModel
{
    IReadOnlyList<SupportOffer> Support { get; }
}
