using Microsoft.Playwright;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.MyRequests;

/// <summary>Applying signed in with DigiD as a caregiver: the recipient's BSN as typed, the request theirs by their own.</summary>
public sealed class SignedInApplyTests(DigidFixture app) : ClockPinnedTests(app.Clock), IClassFixture<DigidFixture>
{
    /// <summary>A caregiver who signs in applies with the recipient's BSN as typed (or none); the request is theirs by their own.</summary>
    [Fact]
    public async Task ACaregiverSignedIn_KeepsTheRecipientsTypedBsn_AndFindsTheRequestAsSentByThem()
    {
        var municipality = await app.DigidSchemeAsync();
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/apply/{municipality}/2026");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Inloggen met DigiD" }).ClickAsync();
        await app.LogInAsCitizenAsync(page, "buur");
        await page.WaitForURLAsync(new Uri(app.BaseAddress, $"/apply/{municipality}/2026").ToString());
        var recipientName = $"Truus {Guid.NewGuid():N}";
        var recipientBsn = TestBsn.New();
        await SignedInApplication.FillInAsRecipientAsync(page, recipientName);
        await page.GetByLabel("Ik geef zorg (mantelzorger)").CheckAsync();
        await page.GetByLabel("Burgerservicenummer van de zorgvrager (niet verplicht)").FillAsync(recipientBsn);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Aanvraag versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Aanvraag ontvangen");

        var stored = await SignedInApplication.ReadAsync(app, recipientName);
        Assert.Equal(SignedInApplication.HashOf(app, recipientBsn), stored.RecipientBsnHash);
        Assert.Equal(SignedInApplication.HashOf(app, app.BsnOf("buur")), stored.DigidBsnHash);
        await page.GotoAsync("/my-requests");
        var section = page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = $"Aanvraag {stored.Reference}" });
        await Assertions.Expect(section).ToContainTextAsync("U heeft deze aanvraag zelf verstuurd.");
    }
}
