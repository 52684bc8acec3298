using Dapper;
using Microsoft.Playwright;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Staff;

/// <summary>
/// One request's page for the officer handling it, in headless Chromium: everything about it with
/// the BSN and IBANs masked, its read on the trail, a failed mail sent again from the page, and
/// nothing of it for an officer of another municipality.
/// </summary>
public sealed class RequestPageTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Page_ShowsTheRequest_WithBsnAndIbanMasked_AndPutsTheReadOnTheTrail()
    {
        var (municipality, id, body) = await RequestPages.SubmittedAsync(app);
        var bsn = (string)body["recipient"]!["bsn"]!;
        var email = (string)body["recipient"]!["email"]!;
        var ibans = body["caregivers"]!.AsArray().Select(c => (string)c!["iban"]!).ToList();

        var (context, page) = await RequestPages.OpenAsync(app, municipality, id);
        await using var _ = context;

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(municipality);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Wilhelmina de Vries");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("******" + bsn[^3..]);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("NL91**********4300");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("€ 75,00 + € 75,00 = € 150,00");
        await Assertions.Expect(page.Locator("#history + ol")).ToContainTextAsync("Aanvraag ingediend");
        var html = await page.ContentAsync();
        Assert.DoesNotContain(bsn, html, StringComparison.Ordinal);
        Assert.DoesNotContain(email, html, StringComparison.OrdinalIgnoreCase);
        Assert.All(ibans, iban => Assert.DoesNotContain(iban, html, StringComparison.Ordinal));
        Assert.Contains(RequestPages.OfficerSubject, (await app.EventsAsync(id, "read")).Select(e => e.Subject));
        await BrowserFixture.CheckPageAsync(page, "staff-request");
    }

    [Fact]
    public async Task FailedMail_IsShownInPlainWords_AndResentFromThePage()
    {
        var (municipality, id, body) = await RequestPages.SubmittedAsync(app);
        var address = (string)body["recipient"]!["email"]!;
        await using (var connection = await app.Database.DataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("""
                update outbox_mails set status = 'failed', failed_at = now(), attempts = 8,
                    last_error = 'SMTP 550 MailboxUnavailable: 5.1.1 User unknown'
                where to_address = @address
                """, new { address });
        }

        var (context, page) = await RequestPages.OpenAsync(app, municipality, id);
        await using var _ = context;
        var mails = page.Locator("#mails ~ div table");
        await Assertions.Expect(mails).ToContainTextAsync("Mislukt");
        await Assertions.Expect(mails).ToContainTextAsync("Het e-mailadres bestaat niet");
        await BrowserFixture.CheckPageAsync(page, "staff-request-mail-failed");

        await page.GetByRole(AriaRole.Button, new() { Name = "Opnieuw versturen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De mail staat weer klaar om te versturen.");
        Assert.Contains("done=resent", page.Url, StringComparison.Ordinal);
        await using var check = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal("pending", await check.QuerySingleAsync<string>(
            "select status from outbox_mails where to_address = @address", new { address }));
        Assert.Equal(RequestPages.OfficerSubject, Assert.Single(await app.EventsAsync(id, "mail-resent")).Subject);
    }

    [Fact]
    public async Task OfficerOfAnotherMunicipality_GetsTheNotFoundPage()
    {
        var (_, id, _) = await RequestPages.SubmittedAsync(app);

        var (context, page) = await app.OpenAsync($"/staff/requests/{id}", WebAppFixture.Token("officer", "Elders", [app.ForeignMunicipality()]));
        await using var _ = context;

        Assert.Equal(404, (await page.ReloadAsync())!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Niet gevonden");
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync("Wilhelmina de Vries");
        Assert.Empty(await app.EventsAsync(id, "read"));
    }
}
