using System.Net;
using Dapper;
using Microsoft.Playwright;
using NodaTime;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Apply;

/// <summary>The application form at /apply/{municipality}/{year}, used in headless Chromium as a citizen does.</summary>
public sealed class ApplicationPageTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Apply_FilledInByLabel_StoresTheRequest_AndShowsItsReference()
    {
        var municipality = await app.CreateSchemeAsync();
        var recipientName = $"Truus {Guid.NewGuid():N}";
        var (context, page) = await app.OpenAsync($"/apply/{municipality}/2026");
        await using var _ = context;

        await BrowserFixture.CheckPageAsync(page, "apply-form");
        await page.SetViewportSizeAsync(390, 844); // a phone
        await BrowserFixture.CheckPageAsync(page, "apply-form-phone");
        await page.SetViewportSizeAsync(1280, 720);
        await FillInAsync(page, recipientName, postcode: "1211 AB", iban: "NL91 ABNA 0417 1643 00");
        await page.GetByLabel("Mantelzorger 1 wil dat de gemeente later vraagt hoe het gaat (per e-mail)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Aanvraag versturen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Aanvraag ontvangen");
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var stored = await connection.QuerySingleAsync<(string Reference, string SubmittedBy, string Channel, string Iban, long Amount, bool Consent)>("""
            select r.reference, r.submitted_by, r.channel, c.iban, c.amount_cents, c.consent_to_contact
            from requests r join request_caregivers c on c.request_id = r.id
            where r.recipient_name = @recipientName
            """, new { recipientName });
        Assert.Equal(("recipient", "web", "NL91ABNA0417164300", 15000L, true),
            (stored.SubmittedBy, stored.Channel, stored.Iban, stored.Amount, stored.Consent));
        await Assertions.Expect(page.Locator("strong")).ToHaveTextAsync(stored.Reference);
        await Assertions.Expect(page.GetByRole(AriaRole.Main).Locator("li")).ToContainTextAsync("Anna de Vries: € 150,00 op rekening");
        await BrowserFixture.CheckPageAsync(page, "apply-received");

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Bekijk later hoe uw aanvraag ervoor staat" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Hoe staat uw aanvraag ervoor?");
        await Assertions.Expect(page.Locator("strong")).ToHaveTextAsync(stored.Reference);
    }

    [Fact]
    public async Task Apply_WithWrongFields_ComesBackFilledIn_WithEachErrorBesideItsField_AndStoresNothing()
    {
        var municipality = await app.CreateSchemeAsync();
        var (context, page) = await app.OpenAsync($"/apply/{municipality}/2026");
        await using var _ = context;

        await FillInAsync(page, "Truus <script>x</script>", postcode: "12345", iban: "NL00 BANK 0123 4567 89");
        await page.FillDateAsync("Geboortedatum", "31", "2", "1941");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Aanvraag versturen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nog niet alles klopt");
        // Every error at the top is a link to its field, the date's to its first field (the day).
        var summary = page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link);
        await Assertions.Expect(summary).ToHaveCountAsync(3);
        await Assertions.Expect(summary.First).ToContainTextAsync("datum"); // in the order of the form: the birth date before the postcode
        foreach (var (link, field) in new[] { ("postcode", "recipient.postcode"), ("datum", "recipient.birthDate.day"), ("IBAN", "caregivers[0].iban") })
        {
            var id = (await summary.Filter(new LocatorFilterOptions { HasText = link }).GetAttributeAsync("href"))!;
            await Assertions.Expect(page.Locator(id)).ToHaveAttributeAsync("name", field);
        }

        await Assertions.Expect(page.Locator("#recipient-birthDate-error")).ToContainTextAsync("Deze datum bestaat niet");
        await Assertions.Expect(DateFields.Date(page, "Geboortedatum").GetByLabel("Dag")).ToHaveValueAsync("31");
        var iban = page.GetByLabel("IBAN (bankrekening) van mantelzorger 1");
        await Assertions.Expect(iban).ToHaveValueAsync("NL00 BANK 0123 4567 89");
        await Assertions.Expect(iban).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("#caregivers-0-iban-error")).ToContainTextAsync("geen geldig IBAN");
        await Assertions.Expect(page.Locator("#recipient-postcode-error")).ToContainTextAsync("postcode");
        await Assertions.Expect(page.GetByLabel("Naam", new PageGetByLabelOptions { Exact = true })).ToHaveValueAsync("Truus <script>x</script>");
        await BrowserFixture.CheckPageAsync(page, "apply-errors");
        Assert.Equal(0, await app.RequestsOfAsync(municipality));
    }

    [Fact]
    public async Task Apply_AfterTheWindow_SaysUntilWhenItCould_WithoutAForm()
    {
        var municipality = await app.CreateSchemeAsync();
        app.Clock.Reset(Instant.FromUtc(2027, 1, 5, 9, 0));
        var (context, page) = await app.OpenAsync($"/apply/{municipality}/2026");
        await using var _ = context;

        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Aanvragen kon tot en met 31 december 2026.");
        await Assertions.Expect(page.Locator("form")).ToHaveCountAsync(0);
        await BrowserFixture.CheckPageAsync(page, "apply-closed");
    }

    [Fact]
    public async Task Apply_ForASchemeThatDoesNotExist_Is404()
    {
        using var client = app.Anonymous();

        var response = await client.GetAsync($"/apply/{app.NewMunicipality()}/2026");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Geen regeling gevonden", await response.Content.ReadAsStringAsync());
        var (context, page) = await app.OpenAsync($"/apply/{app.NewMunicipality()}/2026");
        await using var _ = context;
        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Geen regeling gevonden");
        await BrowserFixture.CheckPageAsync(page, "apply-no-scheme");
    }

    [Fact]
    public async Task Apply_SentWithoutThePagesCookie_AsksToReloadTheForm_AndStoresNothing()
    {
        var municipality = await app.CreateSchemeAsync();
        var recipientName = $"Truus {Guid.NewGuid():N}";
        var (context, page) = await app.OpenAsync($"/apply/{municipality}/2026");
        await using var _ = context;
        await FillInAsync(page, recipientName, postcode: "1211 AB", iban: "NL91 ABNA 0417 1643 00");

        await context.ClearCookiesAsync(); // the form's anti-forgery cookie is gone, as after a browser restart
        var refused = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Aanvraag versturen" }).ClickAsync(),
            r => r.Request.Method == "POST");

        Assert.Equal(400, refused.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Verstuur het formulier opnieuw");
        await BrowserFixture.CheckPageAsync(page, "form-refused");
        Assert.Equal(0, await app.RequestsOfAsync(municipality));
    }

    /// <summary>The recipient applies for one caregiver, every field filled in by its label.</summary>
    private static async Task FillInAsync(IPage page, string recipientName, string postcode, string iban)
    {
        await page.GetByLabel("Ik krijg zorg (zorgvrager)").CheckAsync();
        await page.GetByLabel("Naam", new PageGetByLabelOptions { Exact = true }).FillAsync(recipientName);
        await page.FillDateAsync("Geboortedatum", "17", "5", "1941");
        await page.GetByLabel("Postcode").FillAsync(postcode);
        await page.GetByLabel("Huisnummer").FillAsync("12a");
        await page.GetByLabel("Naam van mantelzorger 1").FillAsync("Anna de Vries");
        await page.FillDateAsync("Geboortedatum van mantelzorger 1", "1", "2", "1970");
        await page.GetByLabel("IBAN (bankrekening) van mantelzorger 1").FillAsync(iban);
    }
}
