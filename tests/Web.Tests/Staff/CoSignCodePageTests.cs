using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Playwright;
using Waardering.Web.Tests.Infrastructure;
using Waardering.Web.Tests.Letters;

namespace Waardering.Web.Tests.Staff;

/// <summary>A recipient without e-mail reads the co-sign letter's code out on the phone; the officer checks it on a page.</summary>
public sealed class CoSignCodePageTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TheLettersCode_TypedByTheOfficer_ConfirmsTheRequest_AndAWrongCodeIsNamedAtItsField()
    {
        var (municipality, id, letter) = await app.CoSignByLetterAsync();
        var code = (string)JsonNode.Parse(letter.Model)!["letterCode"]!;
        var (context, page) = await app.OpenAsync($"/staff/requests/{id}/co-signature", WebAppFixture.Token("officer", "Anna", [municipality]));
        await using var _ = context;
        await page.GetByRole(AriaRole.Link, new() { Name = "Vul de code in" }).ClickAsync();
        await BrowserFixture.CheckPageAsync(page, "staff-co-signature-code");

        await page.GetByLabel("Code uit de brief").FillAsync("AAAAA-AAAAA");
        await page.GetByRole(AriaRole.Button, new() { Name = "Code controleren en bevestigen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#code-error")).ToContainTextAsync("Deze code hoort niet bij deze aanvraag.");
        await BrowserFixture.CheckPageAsync(page, "staff-co-signature-code-errors");
        Assert.Equal("awaitingCoSignature", await app.StatusOfAsync(id));

        await page.GetByLabel("Code uit de brief").FillAsync(code.ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Code controleren en bevestigen" }).ClickAsync();

        Assert.EndsWith("?done=coSigned", page.Url, StringComparison.Ordinal);
        Assert.Equal("received", await app.StatusOfAsync(id));
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal(("Anna", "phone", "letter-code"), await connection.QuerySingleAsync<(string, string, string)>("""
            select actor, channel, details ->> 'by' from audit_events where request_id = @id and action = 'co-signed'
            """, new { id = Guid.Parse(id) }));
    }
}
