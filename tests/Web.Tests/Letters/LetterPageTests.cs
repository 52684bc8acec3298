using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Playwright;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Letters;

/// <summary>
/// The letters in headless Chromium: an officer downloads the day's letters as one PDF and marks
/// them printed; a recipient types the code of the co-sign letter, in Dutch and in English.
/// </summary>
public sealed class LetterPageTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Officer_DownloadsTheDaysLettersAsOnePdf_AndMarksThemPrinted()
    {
        var municipality = await app.CreateSchemeAsync();
        var first = await app.SubmitAsync(LetterHelpers.WithoutEmail(Bodies.Request(municipality, recipientName: "Anna Bakker")));
        var second = await app.SubmitAsync(LetterHelpers.WithoutEmail(Bodies.Request(municipality, recipientName: "Bert Smit")));
        var (context, page) = await app.OpenAsync($"/staff/letters?municipality={municipality}", WebAppFixture.Token("officer", "Olga", [municipality]));
        await using var _ = context;
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Anna Bakker");
        await BrowserFixture.CheckPageAsync(page, "staff-letters");

        // Fetched with the browser context's cookies: Debian's Chromium under Playwright cancels downloads.
        var link = page.GetByRole(AriaRole.Link).Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^PDF van ") });
        var response = await page.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!);
        Assert.Equal(200, response.Status);
        var text = string.Join(" ", LetterHelpers.PagesText(await response.BodyAsync()));
        Assert.Contains("Anna Bakker", text);
        Assert.Contains("Bert Smit", text);

        await page.GetByRole(AriaRole.Button).Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("zijn afgedrukt$") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("2 brieven gemarkeerd als afgedrukt.");
        await BrowserFixture.CheckPageAsync(page, "staff-letters-printed");
        Assert.Equal("printed", Assert.Single(await app.LettersAsync(first)).Status);
        Assert.Equal("printed", Assert.Single(await app.LettersAsync(second)).Status);
        Assert.DoesNotContain("Anna Bakker", await page.ContentAsync());
    }

    [Theory]
    [InlineData("nl", "Aanvraag bevestigen", "Dank u wel. De aanvraag is bevestigd.")]
    [InlineData("en", "Confirm the request", "Thank you. The request is confirmed.")]
    public async Task Recipient_TypesTheCodeOfTheLetter_AWrongOneFirst(string language, string button, string thanks)
    {
        var (municipality, id, letter) = await app.CoSignByLetterAsync();
        var code = (string)JsonNode.Parse(letter.Model)!["letterCode"]!;
        var (context, page) = await app.OpenAsync($"/co-sign?lang={language}");
        await using var _ = context;
        await BrowserFixture.CheckPageAsync(page, $"co-sign-code-{language}");

        await page.GetByRole(AriaRole.Textbox).FillAsync("AAAAA-AAAAA");
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, $"co-sign-code-wrong-{language}");
        await page.GetByRole(AriaRole.Textbox).FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();

        await Assertions.Expect(page.GetByText(thanks)).ToBeVisibleAsync();
        Assert.Contains("co-signed", await app.AuditActionsAsync(id));
    }

    [Fact]
    public async Task ACaregiverWithoutEmail_GivesAPostalAddressOnTheForm_AndTheConfirmationGoesThereOnPaper()
    {
        var municipality = await app.CreateSchemeAsync();
        var (context, page) = await app.OpenAsync($"/apply/{municipality}/2026");
        await using var _ = context;
        await page.GetByLabel("Ik geef zorg (mantelzorger)").CheckAsync();
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync($"Truus {Guid.NewGuid():N}");
        await page.FillDateAsync("Geboortedatum", "17", "5", "1941");
        await page.GetByLabel("Postcode", new() { Exact = true }).FillAsync("1211 AB");
        await page.GetByLabel("Huisnummer", new() { Exact = true }).FillAsync("12");
        await page.GetByLabel("Naam van mantelzorger 1").FillAsync("Anna Jansen");
        await page.FillDateAsync("Geboortedatum van mantelzorger 1", "1", "2", "1970");
        await page.GetByLabel("IBAN (bankrekening) van mantelzorger 1").FillAsync("NL91 ABNA 0417 1643 00");
        await page.GetByText("Geen e-mailadres? Vul dan het adres van mantelzorger 1 in.").ClickAsync();
        await page.GetByLabel("Straat van mantelzorger 1").FillAsync("Laanstraat");
        await page.GetByLabel("Huisnummer van mantelzorger 1").FillAsync("3");
        await page.GetByLabel("Postcode van mantelzorger 1").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vul een Nederlandse postcode in");
        await BrowserFixture.CheckPageAsync(page, "apply-caregiver-address-error");

        await page.GetByLabel("Postcode van mantelzorger 1").FillAsync("1217 EZ");
        await page.GetByLabel("Woonplaats van mantelzorger 1").FillAsync("Hilversum");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Aanvraag ontvangen");

        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var id = await connection.QuerySingleAsync<Guid>(
            "select r.id from requests r join schemes s on s.id = r.scheme_id where s.municipality_code = @municipality", new { municipality });
        var letter = Assert.Single(await app.LettersAsync(id.ToString()));
        Assert.Equal("request-received", letter.Template);
        Assert.Equal(["Anna Jansen", "Laanstraat 3", "1217 EZ  HILVERSUM"], letter.AddressLines);
    }
}
