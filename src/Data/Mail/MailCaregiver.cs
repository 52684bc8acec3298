using Waardering.Domain;

namespace Waardering.Data.Mail;

/// <summary>A caregiver and their amount as a mail lists them: "Anna: € 75,00".</summary>
public sealed record MailCaregiver(string Name, string Amount)
{
    public static MailCaregiver For(string name, Money amount) => new(name, amount.ToString());

    public static IReadOnlyList<MailCaregiver> All(IEnumerable<(string Name, Money Amount)> caregivers) =>
        caregivers.Select(c => For(c.Name, c.Amount)).ToList();
}
