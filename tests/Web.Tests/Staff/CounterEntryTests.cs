using Dapper;
using Microsoft.Playwright;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Staff;

/// <summary>An officer enters a request on a citizen's behalf in headless Chromium: the channel, the same fields as the citizen's form, the same checks.</summary>
public sealed class CounterEntryTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task EnteredAtTheCounter_IsStoredWithItsChannel_AndTheOfficerOnTheTrail()
    {
        var municipality = await app.CreateSchemeAsync();
        var (context, page) = await app.OpenAsync($"/staff/requests/new?municipality={municipality}&year=2026",
            WebAppFixture.Token("officer", "balie-bert", [municipality]));
        await using var _ = context;
        await BrowserFixture.CheckPageAsync(page, "staff-counter-entry");

        await page.GetByLabel("Aan de balie").CheckAsync();
        await page.GetByLabel("De zorgvrager", new() { Exact = true }).CheckAsync();
        await FillInAsync(page, "Balie Bertha");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag invoeren" }).ClickAsync();

        await page.WaitForURLAsync("**/staff/requests/*?done=entered");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De aanvraag is ingevoerd. Een collega beslist erover");
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var stored = await connection.QuerySingleAsync<(string Channel, string Status, string? Subject)>("""
            select r.channel, r.status, (select e.actor_subject from audit_events e where e.request_id = r.id and e.action = 'submitted')
            from requests r join schemes s on s.id = r.scheme_id where s.municipality_code = @municipality and r.recipient_name = 'Balie Bertha'
            """, new { municipality });
        Assert.Equal(("counter", "received", "balie-bert"), stored);
    }

    [Fact]
    public async Task WithoutAChannelOrName_ComesBackWithEachErrorBesideItsField_AndStoresNothing()
    {
        var municipality = await app.CreateSchemeAsync();
        var (context, page) = await app.OpenAsync($"/staff/requests/new?municipality={municipality}&year=2026",
            WebAppFixture.Token("officer", "balie-bert", [municipality]));
        await using var _ = context;

        var answer = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag invoeren" }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.Equal(400, answer.Status);
        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary.GetByRole(AriaRole.Link, new() { Name = "Kies hoe de aanvraag binnenkwam: aan de balie, telefonisch of op papier." }))
            .ToHaveAttributeAsync("href", "#channel");
        await Assertions.Expect(page.Locator("#recipient-name-error")).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "staff-counter-entry-errors");
        Assert.Equal(0, await app.RequestsOfAsync(municipality));
    }

    [Fact]
    public async Task ForARecipientWithALiveRequest_SaysWhichOne_AndStoresNothing()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality, recipientName: "Dubbel Dirk");
        body["recipient"]!["postcode"] = "1211 AB";
        await app.SubmitAsync(body);
        var (context, page) = await app.OpenAsync($"/staff/requests/new?municipality={municipality}&year=2026",
            WebAppFixture.Token("officer", "balie-bert", [municipality]));
        await using var _ = context;

        await page.GetByLabel("Telefonisch").CheckAsync();
        await page.GetByLabel("De zorgvrager", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Burgerservicenummer (niet verplicht)").FillAsync((string)body["recipient"]!["bsn"]!);
        await FillInAsync(page, "Dubbel Dirk");
        var answer = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag invoeren" }).ClickAsync(), r => r.Request.Method == "POST");

        Assert.Equal(409, answer.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync($"{municipality}-2026-000001");
        Assert.Equal(1, await app.RequestsOfAsync(municipality));
    }

    private static async Task FillInAsync(IPage page, string recipientName)
    {
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(recipientName);
        await page.FillDateAsync("Geboortedatum", "17", "5", "1941");
        await page.GetByLabel("Postcode", new() { Exact = true }).FillAsync("1211 AB");
        await page.GetByLabel("Huisnummer", new() { Exact = true }).FillAsync("12a");
        await page.GetByLabel("Naam van mantelzorger 1").FillAsync("Anna de Vries");
        await page.FillDateAsync("Geboortedatum van mantelzorger 1", "1", "2", "1970");
        await page.GetByLabel("IBAN (bankrekening) van mantelzorger 1").FillAsync("NL91ABNA0417164300");
    }
}
