using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Waardering.Data.CoSigning;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Mail;

/// <summary>
/// Every caregiver's and recipient's mail in each language, rendered by the Worker's renderer from
/// the model its real sender wrote in the outbox (not a model built by hand), with the links it must
/// carry, each opening its page.
/// </summary>
public sealed class MailsFromRealSendersTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    /// <summary>The consent page's heading in the request's language: its link carries the language.</summary>
    private static string ConsentPage(string language) =>
        language == "en" ? "May the municipality contact you?" : "Mag de gemeente contact met u opnemen?";

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task CaregiverAppliesIsPaidAndChecksIn_EveryMailCarriesItsLinks_AndTheyOpenTheirPages(string language)
    {
        var municipality = await app.CreateSchemeAsync();
        var body = ContactHelpers.CaregiverApplies(municipality, consent: true);
        body["language"] = language;
        var caregiver = (string)body["caregivers"]![0]!["email"]!;
        var id = await app.SubmitAndPayAsync(municipality, body);
        app.Clock.Advance(Duration.FromDays(42));
        await app.RunCheckInCycleAsync();
        var checkIn = (await app.RenderedMailsAsync(municipality)).To("check-in", caregiver);
        var checkInLink = checkIn.LinkTo("/check-in");
        await app.OpensAsync(checkIn, checkInLink, "name=\"wellbeing\"");

        // Heavy overload without a wish for contact: the support on offer, by mail.
        var answer = ContactHelpers.Answer(ContactHelpers.TokenOf(checkInLink), wellbeing: 1, contactWish: "none");
        Assert.Equal(HttpStatusCode.NoContent, (await app.Anonymous().PostAsJsonAsync("/api/check-ins", answer)).StatusCode);

        var mails = await app.RenderedMailsAsync(municipality);
        Assert.All(mails, m => Assert.Contains($"lang=\"{language}\"", m.Mail.Html));
        var toCaregiver = mails.Where(m => m.To == caregiver).ToList();
        Assert.Equal(["check-in", "decision", "payment", "request-received", "support-offer"], toCaregiver.Select(m => m.Template).Order());
        var received = mails.To("request-received", caregiver);
        var reference = (string)(await (await app.As("officer").GetAsync($"/api/requests/{id}")).ReadJsonAsync())["reference"]!;
        Assert.Contains(reference, received.Mail.Subject);
        await app.OpensAsync(received, received.LinkTo($"/request-status/{id}"), reference);
        foreach (var mail in toCaregiver)
        {
            // Every mail to a caregiver who consented carries the link that withdraws it.
            await app.OpensAsync(mail, mail.LinkTo("/contact-consent"), ConsentPage(language));
        }
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task CaregiverAppliesAndNobodyConfirms_TheCoSignMailsOpenTheConfirmPage_AndTheExpiryIsMailed(string language)
    {
        Clock.Reset(Instant.FromUtc(2026, 10, 2, 10, 0));
        var scheme = Bodies.Scheme();
        scheme["coSignRequired"] = true;
        var municipality = await app.CreateSchemeAsync(scheme);
        var body = ContactHelpers.CaregiverApplies(municipality, consent: true);
        body["language"] = language;
        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (string)(await response.ReadJsonAsync())["id"]!;
        var recipient = (string)body["recipient"]!["email"]!;
        var caregiver = (string)body["caregivers"]![0]!["email"]!;
        var followUp = app.Factory.Services.GetRequiredService<ICoSignFollowUp>();

        Clock.Advance(Duration.FromDays(8));
        await followUp.RunAsync(CancellationToken.None); // the reminder, with a fresh link
        var coSigns = (await app.RenderedMailsAsync(municipality)).Where(m => m.Template == "co-sign" && m.To == recipient).ToList();
        Assert.Equal(2, coSigns.Count);
        await app.OpensAsync(coSigns[1], coSigns[1].LinkTo($"/api/requests/{id}/co-signature"), "<button");
        Clock.Advance(Duration.FromDays(14));
        await followUp.RunAsync(CancellationToken.None);

        var mails = await app.RenderedMailsAsync(municipality);
        Assert.All(mails, m => Assert.Contains($"lang=\"{language}\"", m.Mail.Html));
        var received = mails.To("request-received", caregiver);
        await app.OpensAsync(received, received.LinkTo($"/request-status/{id}"), "");
        var expired = mails.To("request-expired", caregiver);
        Assert.Contains((string)body["recipient"]!["name"]!, expired.Mail.Text);
        await app.OpensAsync(expired, expired.LinkTo("/contact-consent"), ConsentPage(language));
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task VoucherHandedOut_ThenAnotherAddressGiven_TheVoucherAndTheRegisterChangeMailCarryTheirLinks(string language)
    {
        var scheme = Bodies.Scheme();
        scheme["payoutMethod"] = "voucher";
        var municipality = await app.CreateSchemeAsync(scheme);
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        var code = $"VVV-{Guid.NewGuid():N}"[..20];
        var imported = await app.As("officer").PostAsync($"/api/vouchers/{municipality}/2026", new StringContent(code + "\n", Encoding.UTF8, "text/csv"));
        Assert.True(imported.IsSuccessStatusCode, $"import answered {imported.StatusCode}");
        var first = ContactHelpers.CaregiverApplies(municipality, consent: true, caregiverName: "Anna Vermeer");
        first["language"] = language;
        var onFile = (string)first["caregivers"]![0]!["email"]!;
        Assert.Equal(HttpStatusCode.OK, (await app.DecideAsync(await app.SubmitAsync(first), approve: true)).StatusCode);
        // The same caregiver (name and birth date) applies again with another address: the address on file is asked.
        var second = ContactHelpers.CaregiverApplies(municipality, consent: true, caregiverName: "Anna Vermeer");
        second["language"] = language;
        await app.SubmitAsync(second);

        var mails = await app.RenderedMailsAsync(municipality);
        Assert.All(mails, m => Assert.Contains($"lang=\"{language}\"", m.Mail.Html));
        var voucher = mails.To("voucher", onFile);
        Assert.Contains(code, voucher.Mail.Text);
        await app.OpensAsync(voucher, voucher.LinkTo("/contact-consent"), ConsentPage(language));
        var change = mails.To("register-change", onFile);
        await app.OpensAsync(change, change.LinkTo("/register-change"), "<button");
    }

    [Fact]
    public async Task StaffMails_TheReferralAndTheBudgetAlert_RenderFromWhatTheirSendersWrote()
    {
        var (municipality, body) = await app.CheckInSentAsync();
        var token = await app.CheckInTokenAsync((string)body["caregivers"]![0]!["email"]!);
        var answer = ContactHelpers.Answer(token, wellbeing: 2, contactWish: "phone", phone: "0612345678");
        Assert.Equal(HttpStatusCode.NoContent, (await app.Anonymous().PostAsJsonAsync("/api/check-ins", answer)).StatusCode);
        // The line cut to € 250, € 150 of it paid; three more requests on the last day: € 100 over 3 units is below the floor of € 50.
        Clock.Reset(Instant.FromUtc(2026, 12, 31, 12, 0));
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(25_000));
        for (var i = 0; i < 3; i++)
        {
            await app.SubmitAsync(municipality);
        }

        Assert.Equal(HttpStatusCode.OK, (await app.As("policy").PostAsync($"/api/schemes/{municipality}/2026/recompute", null)).StatusCode);

        var mails = await app.RenderedMailsAsync(municipality);
        var referral = mails.To("referral", WebAppFixture.SupportEmail);
        Assert.Contains((string)body["caregivers"]![0]!["name"]!, referral.Mail.Text);
        Assert.Contains("0612345678", referral.Mail.Text);
        Assert.Contains("zware belasting", referral.Mail.Text);
        var alert = mails.To("budget-alert", WebAppFixture.PolicyStaffEmail);
        Assert.Contains("ondergrens", alert.Mail.Subject);
    }
}
