using NodaTime;
using Waardering.Data.Mail;
using Waardering.Domain;
using static Waardering.Worker.Tests.Mail.MailSamples;

namespace Waardering.Worker.Tests.Mail;

/// <summary>What a rendered mail must show in its subject and body, and what it must not.</summary>
internal sealed record Facts(string[] Subject, string[] Body, string[]? Absent = null)
{
    public string[] Absent { get; } = Absent ?? [];
}

/// <summary>A mail as one of its writers sends it, built by the production builder for a language.</summary>
internal sealed record TemplateVariant(string Template, Func<string, IMailModel> Model, Facts Dutch, Facts? English = null)
{
    /// <summary>Dutch-only mails (to staff and the support organisation) show the Dutch facts in every language.</summary>
    public Facts English { get; } = English ?? Dutch;
}

/// <summary>Every variant that changes what a template reads: approved, waiting or rejected; reminders; with and without links.</summary>
internal static class TemplateVariants
{
    private const string Link = "https://waardering.example.org";
    private const string Withdraw = Link + "/contact-consent?token=withdraw";
    private static readonly Money Amount = new(123_450);
    private const string AmountText = "€ 1.234,50";
    private static readonly LocalDate ExpiresOn = new(2026, 11, 23);

    public static readonly IReadOnlyDictionary<string, TemplateVariant> All = new Dictionary<string, TemplateVariant>
    {
        ["request-received"] = new(RequestReceivedMail.Template,
            l => RequestReceived("Truus", l, Amount.Cents, statusUrl: Link + "/status?token=s"),
            new([Reference], ["Beste Truus", AmountText, "2 november 2026", Link + "/status?token=s", "nog niet zeker"], ["contact-consent"]),
            new([Reference], ["Dear Truus", AmountText, "2 November 2026", Link + "/status?token=s", "not final yet"], ["contact-consent"])),
        ["request-received, co-signature and consent asked"] = new(RequestReceivedMail.Template,
            l => RequestReceived("Anna", l, waitingForCoSignature: true, consentUrl: Link + "/contact-consent?token=ask"),
            new([Reference], ["moet de aanvraag nog bevestigen", "token=ask"], ["status?token"]),
            new([Reference], ["still has to confirm", "token=ask"], ["status?token"])),
        ["request-received, consented"] = new(RequestReceivedMail.Template,
            l => RequestReceived("Anna", l, withdrawUrl: Withdraw),
            new([Reference], [Withdraw], ["bevestigen"]), new([Reference], [Withdraw], ["confirm"])),
        ["decision, approved"] = new(DecisionMail.Template,
            l => Decision(l, approved: true, granted: true, withdrawUrl: Withdraw),
            new([Reference], ["toegekend", "Anna: " + AmountText, Withdraw]),
            new([Reference], ["granted", "Anna: " + AmountText, Withdraw])),
        ["decision, approved, amount fixed at close"] = new(DecisionMail.Template,
            l => Decision(l, approved: true, granted: false),
            new([Reference], ["staat nog niet vast"], [AmountText, "contact-consent"]),
            new([Reference], ["not fixed yet"], [AmountText, "contact-consent"])),
        ["decision, waiting for budget"] = new(DecisionMail.Template,
            l => Decision(l, waitingForBudget: true),
            new([Reference], ["het budget voor 2026 is op dit moment op"]), new([Reference], ["budget is used up"])),
        ["decision, rejected"] = new(DecisionMail.Template,
            l => Decision(l, reasonCode: "incomplete"),
            new([Reference], ["afgewezen", "De aanvraag is niet volledig."]), new([Reference], ["rejected", "The request is incomplete."])),
        ["decision, rejected in the officer's words"] = new(DecisionMail.Template,
            l => Decision(l, reasonCode: "other", reason: "Dubbel ingediend."),
            new([Reference], ["Dubbel ingediend."]), new([Reference], ["Dubbel ingediend."])),
        ["co-sign"] = new(CoSignMail.Template,
            l => CoSign(l, reminder: false),
            new([Reference, "Wilt u de aanvraag van Anna"], ["token=cosign", "23 november 2026"], ["Herinnering"]),
            new([Reference, "Will you confirm the request of Anna"], ["token=cosign", "23 November 2026"], ["Reminder"])),
        ["co-sign, reminder"] = new(CoSignMail.Template,
            l => CoSign(l, reminder: true),
            new(["Herinnering:", Reference], ["token=cosign"]), new(["Reminder:", Reference], ["token=cosign"])),
        ["request-expired"] = new(RequestExpiredMail.Template,
            _ => new RequestExpiredMail("Anna", "Truus", Reference, Municipality, Year),
            new([Reference, "vervallen"], ["Beste Anna", "Truus", "opnieuw aan", "balie"]),
            new([Reference, "expired"], ["Dear Anna", "Truus", "apply again", "counter"])),
        ["register-change, new address"] = new(RegisterChangeMail.Template,
            l => RegisterChangeMail.For(l, "Anna", Municipality, stopContact: false, "nieuw@example.org", Link + "/register-change?token=r", ExpiresOn),
            new(["nieuwe e-mailadres"], ["Beste Anna", "n***@example.org", "token=r", "23 november 2026", "niets te doen"], ["nieuw@example.org"]),
            new(["new e-mail address"], ["Dear Anna", "n***@example.org", "token=r", "23 November 2026", "do anything"], ["nieuw@example.org"])),
        ["register-change, stop contact"] = new(RegisterChangeMail.Template,
            l => RegisterChangeMail.For(l, "Anna", Municipality, stopContact: true, null, Link + "/register-change?token=r", ExpiresOn),
            new(["geen contact meer"], ["geen contact meer", "token=r"], ["ander e-mailadres"]),
            new(["stop contacting you"], ["no longer want contact", "token=r"], ["another e-mail address"])),
        ["voucher"] = new(VoucherMail.Template,
            _ => new VoucherMail("Truus", "Anna", Reference, Municipality, Year, "VVV-1234-5678", WithdrawUrl: null),
            new([Reference], ["VVV-1234-5678", "Anna"], ["contact-consent"])),
        ["voucher, consented"] = new(VoucherMail.Template,
            _ => new VoucherMail("Anna", "Anna", Reference, Municipality, Year, "VVV-1234-5678", Withdraw),
            new([Reference], ["VVV-1234-5678", Withdraw])),
        ["payment"] = new(PaymentMail.Template,
            _ => PaymentMail.For("Anna", Reference, Municipality, Year, Amount, SampleIban, withdrawUrl: null),
            new([Reference], [AmountText, "NL91**********4300"], ["contact-consent", "ABNA"])),
        ["payment, consented"] = new(PaymentMail.Template,
            _ => PaymentMail.For("Anna", Reference, Municipality, Year, Amount, SampleIban, Withdraw),
            new([Reference], [AmountText, "NL91**********4300", Withdraw])),
        ["check-in"] = new(CheckInMail.Template,
            l => CheckInMail.For(l, "Anna", Municipality, Year, Link + "/check-in?token=c", ExpiresOn, reminder: false, Withdraw),
            new(["Hoe gaat het met u?"], ["token=c", "23 november 2026", Withdraw], ["Herinnering"]),
            new(["How are you doing?"], ["token=c", "23 November 2026", Withdraw], ["Reminder"])),
        ["check-in, reminder"] = new(CheckInMail.Template,
            l => CheckInMail.For(l, "Anna", Municipality, Year, Link + "/check-in?token=c", ExpiresOn, reminder: true, Withdraw),
            new(["Herinnering:"], ["token=c"]), new(["Reminder:"], ["token=c"])),
        ["budget-alert, floor"] = new(BudgetAlertMail.Template,
            _ => BudgetAlert(budgetExhausted: false),
            new(["2026", "ondergrens"], ["ondergrens van € 50,00", "€ 150.000,00", "€ 90.000,00", "1200", "800"])),
        ["budget-alert, exhausted"] = new(BudgetAlertMail.Template,
            _ => BudgetAlert(budgetExhausted: true, availableCents: -100),
            new(["het budget is op"], ["€ 0,00", "€ 90.000,00"], ["ondergrens van"])),
        ["referral, phone, heavy overload"] = new(ReferralMail.Template,
            _ => ReferralMail.For("Steunpunt", Municipality, "Anna", "0612345678", null, "'s ochtends", "phone", heavyOverload: true, Guid.Empty),
            new([Municipality], ["zware belasting", "telefonisch", "0612345678", Guid.Empty.ToString()])),
        ["referral, no wish"] = new(ReferralMail.Template,
            _ => ReferralMail.For("Steunpunt", Municipality, "Anna", null, "anna@example.org", null, "none", heavyOverload: false, Guid.Empty),
            new([Municipality], ["niet aangegeven", "anna@example.org"], ["zware belasting"])),
    };

    private static DecisionMail Decision(
        string language, bool approved = false, bool waitingForBudget = false, bool granted = false, string? reasonCode = null,
        string? reason = null, string? withdrawUrl = null) =>
        DecisionMail.For(language, "Truus", Reference, Municipality, Year, approved, waitingForBudget, granted, reasonCode, reason,
            [("Anna", Amount)], withdrawUrl);

    private static CoSignMail CoSign(string language, bool reminder) =>
        CoSignMail.For(language, "Truus", "Anna", Reference, Municipality, Year, CoSignMail.ConfirmUrlFor(Link, Guid.Empty, "cosign"),
            ExpiresOn, reminder);
}
