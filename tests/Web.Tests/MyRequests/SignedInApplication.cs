using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Waardering.Data.Privacy;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.MyRequests;

/// <summary>What the signed-in tests share: the form filled in as the recipient, and the stored request read back.</summary>
public static class SignedInApplication
{
    public const string Iban = "NL91 ABNA 0417 1643 00";

    /// <summary>The form of a recipient who is signed in: everything but the BSN, which the sign-in gives.</summary>
    public static async Task FillInAsRecipientAsync(IPage page, string recipientName)
    {
        await page.GetByLabel("Ik krijg zorg (zorgvrager)").CheckAsync();
        await page.GetByLabel("Naam", new PageGetByLabelOptions { Exact = true }).FillAsync(recipientName);
        await page.FillDateAsync("Geboortedatum", "17", "5", "1941");
        await page.GetByLabel("Postcode", new() { Exact = true }).FillAsync("1211 AB");
        await page.GetByLabel("Huisnummer", new() { Exact = true }).FillAsync("12a");
        await page.GetByLabel("Naam van mantelzorger 1").FillAsync("Anna de Vries");
        await page.FillDateAsync("Geboortedatum van mantelzorger 1", "1", "2", "1970");
        await page.GetByLabel("IBAN (bankrekening) van mantelzorger 1").FillAsync(Iban);
    }

    /// <summary>Signs in on the form of <paramref name="municipality"/>'s scheme, applies as the recipient, and answers the stored request.</summary>
    public static async Task<StoredRequest> ApplyAsync(DigidFixture app, IPage page, string municipality, string username)
    {
        await page.GotoAsync($"/apply/{municipality}/2026");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Inloggen met DigiD" }).ClickAsync();
        await app.LogInAsCitizenAsync(page, username);
        await page.WaitForURLAsync(new Uri(app.BaseAddress, $"/apply/{municipality}/2026").ToString());
        var recipientName = $"Truus {Guid.NewGuid():N}";
        await FillInAsRecipientAsync(page, recipientName);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Aanvraag versturen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Aanvraag ontvangen");
        return await ReadAsync(app, recipientName);
    }

    public static async Task<StoredRequest> ReadAsync(WebAppFixture app, string recipientName)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<StoredRequest>("""
            select id, reference, status, recipient_bsn_hash, digid_bsn_hash from requests where recipient_name = @recipientName
            """, new { recipientName });
    }

    /// <summary>The keyed hash the service finds a BSN by, from the service's own protector.</summary>
    public static byte[] HashOf(WebAppFixture app, string bsn) =>
        app.Factory.Services.GetRequiredService<PersonalDataProtector>().KeyedHash(bsn, BsnPurpose.Lookup);
}

public sealed record StoredRequest(Guid Id, string Reference, string Status, byte[]? RecipientBsnHash, byte[]? DigidBsnHash);
