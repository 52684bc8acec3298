using Dapper;
using Microsoft.Playwright;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Pages;

/// <summary>
/// More pages behind citizens' mail links in headless Chromium: confirming a register change with
/// its button, the pages of links that do not work, and a button pressed after the form's
/// anti-forgery cookie went.
/// </summary>
public sealed class CitizenLinkPageTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task RegisterChange_ConfirmedWithTheButton_TakesTheNewAddress()
    {
        var (municipality, newAddress, url) = await RegisterChangeLinkAsync();
        var (context, page) = await app.OpenAsync(url);
        await using var _ = context;

        await BrowserFixture.CheckPageAsync(page, "register-change-question");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Ja, dat was ik" }).ClickAsync();

        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Uw gegevens zijn veranderd.");
        await BrowserFixture.CheckPageAsync(page, "register-change-done");
        Assert.Equal(newAddress, await RegisteredAddressAsync(municipality));
    }

    [Theory]
    [InlineData("/check-in?token=geraden", 403, "Link niet geldig", "check-in-link-not-valid")]
    [InlineData("/request-status/6f1c2d4e-0000-4000-8000-000000000000?token=geraden", 403, "Link niet geldig", "status-link-not-valid")]
    public async Task ALinkThatDoesNotWork_SaysWhatToDoInstead(string path, int status, string heading, string screenshot)
    {
        var (context, page) = await app.OpenAsync(path);
        await using var _ = context;

        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync(heading);
        Assert.Equal(status, (await page.ReloadAsync())!.Status);
        await BrowserFixture.CheckPageAsync(page, screenshot);
    }

    [Fact]
    public async Task AConsentLinkPastItsLifetime_SaysWhereToAnswerInstead_WithoutAButton()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = ContactHelpers.CaregiverApplies(municipality, consent: true);
        await app.SubmitAsync(body);
        var url = (string)(await app.MailsAsync("request-received", (string)body["caregivers"]![0]!["email"]!))[0].Model["withdrawUrl"]!;
        Clock.Advance(NodaTime.Duration.FromDays(new Waardering.Data.Contact.ContactOptions().ConsentLinkDays + 1));

        var (context, page) = await app.OpenAsync(ContactHelpers.PathOf(url));
        await using var _ = context;

        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Deze link werkt niet meer");
        await Assertions.Expect(page.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await BrowserFixture.CheckPageAsync(page, "consent-link-expired");
    }

    [Fact]
    public async Task AButtonPressed_AfterTheFormsCookieWent_AsksToReload_AndWorksOnceReloaded()
    {
        var (municipality, newAddress, url) = await RegisterChangeLinkAsync();
        var before = await RegisteredAddressAsync(municipality);
        var (context, page) = await app.OpenAsync(url);
        await using var _ = context;
        var button = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Ja, dat was ik" });

        await context.ClearCookiesAsync();
        await button.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Verstuur het formulier opnieuw");
        await BrowserFixture.CheckPageAsync(page, "link-form-refused");
        Assert.Equal(before, await RegisteredAddressAsync(municipality));
        await page.GotoAsync(url); // back, and the page loaded again
        await button.ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Uw gegevens zijn veranderd.");
        Assert.Equal(newAddress, await RegisteredAddressAsync(municipality));
    }

    /// <summary>A registered caregiver applies again with another address: the link mailed to the address on file.</summary>
    private async Task<(string Municipality, string NewAddress, string Url)> RegisterChangeLinkAsync()
    {
        var municipality = await app.CreateSchemeAsync();
        var name = $"Mantelzorger {Guid.NewGuid():N}";
        var first = ContactHelpers.CaregiverApplies(municipality, consent: true, name);
        await app.SubmitAsync(first);
        var second = ContactHelpers.CaregiverApplies(municipality, consent: true, name);
        await app.SubmitAsync(second);
        var url = (string)(await app.MailsAsync("register-change", (string)first["caregivers"]![0]!["email"]!))[0].Model["confirmUrl"]!;
        return (municipality, (string)second["caregivers"]![0]!["email"]!, ContactHelpers.PathOf(url));
    }

    private async Task<string?> RegisteredAddressAsync(string municipality)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<string?>("select email from caregiver_register where municipality_code = @municipality", new { municipality });
    }
}
