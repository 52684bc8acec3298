using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Playwright;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.MyRequests;

/// <summary>
/// A citizen signs in with DigiD (the development provider as the broker), applies without typing
/// a BSN, finds the request on "my requests", withdraws it, and corrects an IBAN that then waits for
/// an officer; in headless Chromium, every new page checked with axe-core in Dutch and English.
/// </summary>
public sealed class MyRequestsTests(DigidFixture app) : ClockPinnedTests(app.Clock), IClassFixture<DigidFixture>
{
    [Fact]
    public async Task SignedIn_AppliesWithoutTypingABsn_SeesTheRequest_AndWithdrawingItDropsTheOpenUnits()
    {
        var municipality = await app.DigidSchemeAsync();
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/apply/{municipality}/2026");
        await BrowserFixture.CheckPageAsync(page, "apply-digid-offered");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Inloggen met DigiD" }).ClickAsync();
        await BrowserFixture.CheckPageAsync(page, "dev-identity-digid-login");
        await app.LogInAsCitizenAsync(page, "burger");
        await page.WaitForURLAsync(new Uri(app.BaseAddress, $"/apply/{municipality}/2026").ToString());

        // The BSN only masked, and no field for the applicant's own: the sign-in gives it.
        var bsn = app.BsnOf("burger");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("******" + bsn[^3..]);
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync(bsn);
        await Assertions.Expect(page.GetByLabel("Burgerservicenummer (niet verplicht)", new PageGetByLabelOptions { Exact = true })).ToHaveCountAsync(0);
        await BrowserFixture.CheckPageAsync(page, "apply-digid-signed-in");
        var recipientName = $"Truus {Guid.NewGuid():N}";
        await SignedInApplication.FillInAsRecipientAsync(page, recipientName);
        // The field is a caregiver's, for the recipient's BSN: applying as the recipient, the sign-in's BSN wins over it.
        await page.GetByLabel("Burgerservicenummer van de zorgvrager (niet verplicht)").FillAsync(TestBsn.New());
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Aanvraag versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Aanvraag ontvangen");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Naar Mijn aanvragen" })).ToBeVisibleAsync();
        await BrowserFixture.CheckPageAsync(page, "apply-digid-received");

        var stored = await SignedInApplication.ReadAsync(app, recipientName);
        var staffPage = await app.As("officer", "Olga", [municipality]).GetStringAsync($"/staff/requests/{stored.Id}");
        Assert.Contains("Aangevraagd met DigiD", staffPage);
        var hash = SignedInApplication.HashOf(app, bsn);
        Assert.Equal(hash, stored.RecipientBsnHash);
        Assert.Equal(hash, stored.DigidBsnHash);
        var openBefore = await OpenUnitsAsync(municipality);

        await page.GotoAsync("/my-requests");
        var main = page.GetByRole(AriaRole.Main);
        await Assertions.Expect(main).ToContainTextAsync(stored.Reference);
        await Assertions.Expect(main).ToContainTextAsync("Anna de Vries: € 150,00, op rekening NL91");
        await Assertions.Expect(main).Not.ToContainTextAsync(bsn);
        await BrowserFixture.CheckPageAsync(page, "my-requests");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("My requests");
        await BrowserFixture.CheckPageAsync(page, "my-requests-english");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = $"Withdraw request {stored.Reference}" }).ClickAsync();
        await BrowserFixture.CheckPageAsync(page, "my-requests-withdraw-english");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Nederlands" }).ClickAsync();
        await BrowserFixture.CheckPageAsync(page, "my-requests-withdraw");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Ja, trek de aanvraag in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Uw aanvraag is ingetrokken.");
        await Assertions.Expect(main).ToContainTextAsync("Ingetrokken.");
        await Assertions.Expect(main.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = $"Aanvraag intrekken {stored.Reference}" }))
            .ToHaveCountAsync(0);
        Assert.Equal("withdrawn", (await SignedInApplication.ReadAsync(app, recipientName)).Status);
        Assert.Equal(openBefore - 1, await OpenUnitsAsync(municipality));
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var subject = await connection.QuerySingleAsync<string>(
            "select actor_subject from audit_events where request_id = @Id and action = 'withdrawn'", new { stored.Id });
        Assert.StartsWith("digid-", subject);
        Assert.DoesNotContain(bsn, subject);
    }

    [Fact]
    public async Task ANewIban_WaitsForAnOfficer_AndAnEmailAddressChangesAtOnce()
    {
        var municipality = await app.DigidSchemeAsync();
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var stored = await SignedInApplication.ApplyAsync(app, page, municipality, "burger");
        await page.GotoAsync("/my-requests");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = $"E-mailadres of IBAN aanpassen {stored.Reference}" }).ClickAsync();
        await BrowserFixture.CheckPageAsync(page, "my-requests-correct");

        await page.GetByLabel("IBAN van Anna de Vries").FillAsync("NL20 INGB 0001 2345 67");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Opslaan IBAN van Anna de Vries" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Een medewerker van de gemeente controleert het eerst");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Een nieuw IBAN wacht op controle door de gemeente.");
        Assert.Equal("NL91ABNA0417164300", await IbanAsync(stored.Id));
        using var officer = app.As("officer", "Bram");
        var confirmed = await officer.PostAsync($"/api/requests/{stored.Id}/caregivers/1/iban/confirmation", null);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("NL20INGB0001234567", await IbanAsync(stored.Id));

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = $"E-mailadres of IBAN aanpassen {stored.Reference}" }).ClickAsync();
        await page.GetByLabel("E-mailadres van de zorgvrager").FillAsync("geen-adres");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Opslaan E-mailadres van de zorgvrager" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vul een e-mailadres in");
        await Assertions.Expect(page.GetByLabel("E-mailadres van de zorgvrager")).ToHaveValueAsync("geen-adres");
        await BrowserFixture.CheckPageAsync(page, "my-requests-correct-error");
        await page.GetByLabel("E-mailadres van de zorgvrager").FillAsync("truus@example.org");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Opslaan E-mailadres van de zorgvrager" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Het e-mailadres is aangepast.");
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal("truus@example.org",
            await connection.QuerySingleAsync<string>("select recipient_email from requests where id = @Id", new { stored.Id }));
    }

    private async Task<int> OpenUnitsAsync(string municipality)
    {
        using var policy = app.As("policy");
        var response = await policy.PostAsync($"/api/schemes/{municipality}/2026/recompute", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (int)(await response.ReadJsonAsync())["openUnits"]!;
    }

    private async Task<string> IbanAsync(Guid id)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<string>("select iban from request_caregivers where request_id = @id and position = 1", new { id });
    }
}
