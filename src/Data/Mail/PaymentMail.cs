using Waardering.Data.Support;
using Waardering.Domain;

namespace Waardering.Data.Mail;

/// <summary>"payment": to a paid caregiver who may be contacted, when the batch is booked; the IBAN only masked.</summary>
public sealed record PaymentMail(
    string GreetingName,
    string Reference,
    string MunicipalityName,
    int Year,
    string Amount,
    string IbanMasked,
    [property: MailSecret] string? WithdrawUrl) : ICaregiverMail
{
    public const string Template = "payment";

    public IReadOnlyList<SupportOffer> Support { get; init; } = [];

    public static PaymentMail For(
        string greetingName, string reference, string municipalityName, int year, Money amount, Iban iban, string? withdrawUrl) =>
        new(greetingName, reference, municipalityName, year, amount.ToString(), iban.Masked, withdrawUrl);
}
