using Dapper;
using Microsoft.Playwright;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Caregivers;

/// <summary>The apply form of a scheme that asks for the care declaration and pays young caregivers without a bank account by voucher.</summary>
public sealed class CaregiverFormPageTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    private const string Declaration = "Mantelzorger 1 zorgt al drie maanden of langer, of meer dan acht uur per week.";

    [Fact]
    public async Task Apply_AYoungCaregiverWithoutIban_AsksTheDeclarationBesideItsBox_ThenStoresIt()
    {
        var municipality = await SchemeAsync();
        var recipientName = $"Truus {Guid.NewGuid():N}";
        var (context, page) = await app.OpenAsync($"/apply/{municipality}/2026");
        await using var _ = context;
        await Assertions.Expect(page.GetByText("Laat dit dan leeg").First).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "apply-care-declaration");
        await FillInAsync(page, recipientName);

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Aanvraag versturen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link)).ToContainTextAsync("Kruis bij mantelzorger 1 het vakje over de zorg aan");
        await Assertions.Expect(page.GetByLabel(Declaration)).ToHaveAttributeAsync("aria-invalid", "true");
        await BrowserFixture.CheckPageAsync(page, "apply-care-declaration-error");
        await page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link).ClickAsync(); // the error's link leads to the box
        await Assertions.Expect(page.GetByLabel(Declaration)).ToBeFocusedAsync();
        await page.GetByLabel(Declaration).CheckAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Aanvraag versturen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Aanvraag ontvangen");
        await Assertions.Expect(page.GetByRole(AriaRole.Main).Locator("li")).ToContainTextAsync("als waardebon");
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal((true, (string?)null), await connection.QuerySingleAsync<(bool, string?)>("""
            select c.care_declared, c.iban from requests r join request_caregivers c on c.request_id = r.id where r.recipient_name = @recipientName
            """, new { recipientName }));
    }

    [Fact]
    public async Task Apply_InEnglish_AsksTheDeclarationInEnglish()
    {
        var municipality = await SchemeAsync();
        var (context, page) = await app.OpenAsync($"/apply/{municipality}/2026?lang=en");
        await using var _ = context;

        await Assertions.Expect(page.GetByLabel("Caregiver 1 has given care for three months or longer, or for more than eight hours a week."))
            .ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Then leave this empty").First).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "apply-care-declaration-en");
    }

    private async Task<string> SchemeAsync()
    {
        var scheme = Bodies.Scheme();
        scheme["careDeclarationRequired"] = true;
        scheme["caregiverMinAge"] = 18;
        scheme["youngCaregiverMinAge"] = 12;
        scheme["youngCaregiverVoucher"] = true;
        return await app.CreateSchemeAsync(scheme);
    }

    /// <summary>A caregiver of fourteen, without an IBAN.</summary>
    private static async Task FillInAsync(IPage page, string recipientName)
    {
        await page.GetByLabel("Ik krijg zorg (zorgvrager)").CheckAsync();
        await page.GetByLabel("Naam", new PageGetByLabelOptions { Exact = true }).FillAsync(recipientName);
        await page.FillDateAsync("Geboortedatum", "17", "5", "1941");
        await page.GetByLabel("Postcode", new() { Exact = true }).FillAsync("1211 AB");
        await page.GetByLabel("Huisnummer", new() { Exact = true }).FillAsync("12a");
        await page.GetByLabel("Naam van mantelzorger 1").FillAsync("Sam de Vries");
        await page.FillDateAsync("Geboortedatum van mantelzorger 1", "1", "5", "2012");
    }
}
