using NodaTime;
using Waardering.Data.Mail;
using Waardering.Data.Schemes;
using Waardering.Domain;
using Waardering.Domain.Schemes;
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

    /// <summary>The objection clause (Awb 3:45, 6:5, 6:7): six weeks, in writing, to the college at its address, what the letter holds.</summary>
    private static readonly string[] Objection =
    [
        "binnen zes weken na de dag waarop dit besluit is verstuurd", "college van burgemeester en wethouders van de gemeente Hilversum",
        "Gemeente Hilversum", "Postbus 9900", "1201 GM Hilversum", "uw naam en adres", "de datum", "kenmerk " + Reference,
        "waarom u het niet eens bent", "uw handtekening",
    ];

    private static readonly string[] ObjectionEn =
    [
        "Within six weeks after the day this decision was sent", "college van burgemeester en wethouders", "Postbus 9900",
        "1201 GM Hilversum", "your name and address", "the date", "reference " + Reference, "why you disagree", "your signature",
    ];

    private static readonly ObjectionAddressRecord Hilversum = new("Gemeente Hilversum", "Postbus 9900", "1201 GM", "Hilversum");

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
            new([Reference], ["toegekend", "Anna: " + AmountText, Withdraw, "1 december 2026", "€ 150,00 per aanvraag", "€ 100,00", .. Objection]),
            new([Reference], ["granted", "Anna: " + AmountText, Withdraw, "1 December 2026", "€ 150,00 per request", "€ 100,00", .. ObjectionEn])),
        ["decision, approved, amount fixed at close"] = new(DecisionMail.Template,
            l => Decision(l, approved: true, granted: false),
            new([Reference], ["staat nog niet vast", "1 december 2026", .. Objection], [AmountText, "contact-consent"]),
            new([Reference], ["not fixed yet", "1 December 2026", .. ObjectionEn], [AmountText, "contact-consent"])),
        ["decision, waiting for budget"] = new(DecisionMail.Template,
            l => Decision(l, waitingForBudget: true),
            new([Reference], ["het budget voor 2026 is op dit moment op", "nog geen besluit"], ["bezwaar", "Postbus 9900"]),
            new([Reference], ["budget is used up", "not yet a decision"], ["object", "Postbus 9900"])),
        ["decision, rejected"] = new(DecisionMail.Template,
            l => Decision(l, reasonCode: "incomplete"),
            new([Reference], ["afgewezen", "De regel: Een aanvraag moet alle gegevens hebben", "De aanvraag is niet volledig.", "1 december 2026",
                .. Objection], ["Toelichting"]),
            new([Reference], ["rejected", "The rule: A request must give everything", "The request is incomplete.", "1 December 2026",
                .. ObjectionEn], ["Explanation"])),
        ["decision, rejected with the officer's explanation"] = new(DecisionMail.Template,
            l => Decision(l, reasonCode: "notResident", reason: "Verhuisd naar Weesp."),
            new([Reference], ["De zorgvrager moet in de gemeente wonen.", "Toelichting: Verhuisd naar Weesp."]),
            new([Reference], ["must live in the municipality", "Explanation: Verhuisd naar Weesp."])),
        ["decision, rejected in the officer's words"] = new(DecisionMail.Template,
            l => Decision(l, reasonCode: "other", reason: "Dubbel ingediend."),
            new([Reference], ["Dubbel ingediend."], ["De regel:"]), new([Reference], ["Dubbel ingediend."], ["The rule:"])),
        ["decision, rejected, no objection address set"] = new(DecisionMail.Template,
            l => Decision(l, reasonCode: "incomplete", noAddress: true),
            new([Reference], ["zes weken", "Het adres staat op de website van de gemeente."], ["Postbus"]),
            new([Reference], ["six weeks", "The address is on the"], ["Postbus"])),
        ["co-sign"] = new(CoSignMail.Template,
            l => CoSign(l, reminder: false),
            new([Reference, "Wilt u de aanvraag van Anna"], ["token=cosign", "23 november 2026"], ["Herinnering"]),
            new([Reference, "Will you confirm the request of Anna"], ["token=cosign", "23 November 2026"], ["Reminder"])),
        ["co-sign, reminder"] = new(CoSignMail.Template,
            l => CoSign(l, reminder: true),
            new(["Herinnering:", Reference], ["token=cosign"]), new(["Reminder:", Reference], ["token=cosign"])),
        ["request-expired"] = new(RequestExpiredMail.Template,
            _ => new RequestExpiredMail("Anna", "Truus", Reference, Municipality, Year),
            new([Reference, "vervallen"], ["Beste Anna", "Truus", "opnieuw aan", "balie"], ["contact-consent"]),
            new([Reference, "expired"], ["Dear Anna", "Truus", "apply again", "counter"], ["contact-consent"])),
        ["request-expired, consented"] = new(RequestExpiredMail.Template,
            _ => new RequestExpiredMail("Anna", "Truus", Reference, Municipality, Year, Withdraw),
            new([Reference, "vervallen"], ["Beste Anna", Withdraw]), new([Reference, "expired"], ["Dear Anna", Withdraw])),
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
        ["referral, mail"] = new(ReferralMail.Template,
            _ => ReferralMail.For("Steunpunt", Municipality, "Anna", null, "anna@example.org", null, "mail", heavyOverload: false, Guid.Empty),
            new([Municipality], ["per e-mail", "anna@example.org", "vraagt zelf om contact"], ["zware belasting", "niet aangegeven"])),
        ["invitation, kept informed"] = new(InvitationMail.Template,
            l => InvitationMail.For(l, "Anna", Municipality, Year, InvitationMail.ApplyUrlFor(Link, "GM0402", Year, l), ExpiresOn, Withdraw),
            new(["aanvragen"], ["Beste Anna", "/apply/GM0402/2026?lang=nl", "23 november 2026", Withdraw]),
            new(["apply"], ["Dear Anna", "/apply/GM0402/2026?lang=en", "23 November 2026", Withdraw])),
        ["invitation, last year's applicant"] = new(InvitationMail.Template,
            l => InvitationMail.For(l, "Truus", Municipality, Year, InvitationMail.ApplyUrlFor(Link, "GM0402", Year, l), ExpiresOn, null),
            new(["2026"], ["Beste Truus", "/apply/GM0402/2026"], ["contact-consent"]),
            new(["2026"], ["Dear Truus", "/apply/GM0402/2026"], ["contact-consent"])),
        ["support-offer"] = new(SupportOfferMail.Template,
            _ => new SupportOfferMail("Anna", Municipality, Year, Withdraw),
            new(["hier vindt u steun"], ["Beste Anna", "geen contact wilt", Withdraw]),
            new(["where to find support"], ["Dear Anna", "do not want to be contacted", Withdraw])),
    };

    private static DecisionMail Decision(
        string language, bool approved = false, bool waitingForBudget = false, bool granted = false, string? reasonCode = null,
        string? reason = null, string? withdrawUrl = null, ObjectionAddressRecord? address = null, bool noAddress = false) =>
        DecisionMail.For(language, "Truus", Reference, Municipality, Year, approved, waitingForBudget, granted, reasonCode, reason,
            [("Anna", Amount)], withdrawUrl,
            new DecisionGrounds(new LocalDate(2026, 12, 1), new Money(15_000), new Money(10_000), SplitMode.PerRequest,
                noAddress ? null : address ?? Hilversum));

    private static CoSignMail CoSign(string language, bool reminder) =>
        CoSignMail.For(language, "Truus", "Anna", Reference, Municipality, Year, CoSignMail.ConfirmUrlFor(Link, Guid.Empty, "cosign", language),
            ExpiresOn, reminder);
}
