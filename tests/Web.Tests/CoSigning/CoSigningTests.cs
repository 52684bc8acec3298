using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Waardering.Data.CoSigning;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.CoSigning;

/// <summary>A caregiver applies; the recipient confirms through a mailed link, is reminded once, or the request expires.</summary>
public sealed class CoSigningTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task CoSign_WithTheMailedLink_MakesTheRequestReceived()
    {
        var (id, recipientEmail) = await ApplyAsCaregiverAsync();
        var url = await LatestLinkAsync(recipientEmail);

        var page = await app.Anonymous().GetAsync(url);
        var confirm = await app.Anonymous().PostAsJsonAsync(url.Split('?')[0], new JsonObject { ["token"] = TokenOf(url) });

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<button", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, confirm.StatusCode);
        Assert.Equal("received", await StatusAsync(id));
        Assert.Contains("co-signed", await app.AuditActionsAsync(id));
        var again = await app.Anonymous().PostAsJsonAsync(url.Split('?')[0], new JsonObject { ["token"] = TokenOf(url) });
        Assert.Equal(HttpStatusCode.Forbidden, again.StatusCode); // the link is used up
    }

    [Fact]
    public async Task CoSign_WithAWrongToken_IsRefusedAndChangesNothing()
    {
        var (id, _) = await ApplyAsCaregiverAsync();

        var response = await app.Anonymous().PostAsJsonAsync($"/api/requests/{id}/co-signature", new JsonObject { ["token"] = "geraden" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("token", await response.ErrorFieldsAsync());
        Assert.Equal("awaitingCoSignature", await StatusAsync(id));
    }

    [Fact]
    public async Task CoSign_WithAWrongToken_IsRefusedInTheAskedLanguage()
    {
        var (id, _) = await ApplyAsCaregiverAsync();

        var en = await app.Anonymous().PostAsJsonAsync($"/api/requests/{id}/co-signature?lang=en", new JsonObject { ["token"] = "geraden" });
        var nl = await app.Anonymous().PostAsJsonAsync($"/api/requests/{id}/co-signature", new JsonObject { ["token"] = "geraden" });

        Assert.Equal(("This link does not work (any more).", "Use the link in the most recent e-mail."),
            await Texts.CitizenApiLanguageTests.TitleAndMessageAsync(en, "token"));
        Assert.Equal(("Deze link is niet (meer) geldig.", "Gebruik de link uit de laatste e-mail."),
            await Texts.CitizenApiLanguageTests.TitleAndMessageAsync(nl, "token"));
    }

    [Fact]
    public async Task FollowUp_RemindsOnceWithAFreshLinkAndThenExpires()
    {
        app.Clock.Reset(Instant.FromUtc(2026, 10, 2, 10, 0));
        var (id, recipientEmail) = await ApplyAsCaregiverAsync();
        var firstLink = await LatestLinkAsync(recipientEmail);
        var followUp = app.Factory.Services.GetRequiredService<ICoSignFollowUp>();

        app.Clock.Advance(Duration.FromDays(8));
        await followUp.RunAsync(CancellationToken.None);
        await followUp.RunAsync(CancellationToken.None);
        var secondLink = await LatestLinkAsync(recipientEmail);

        Assert.Equal(2, await app.OutboxMailsToAsync(recipientEmail)); // the co-sign mail and its one reminder
        Assert.NotEqual(firstLink, secondLink);
        var old = await app.Anonymous().PostAsJsonAsync(firstLink.Split('?')[0], new JsonObject { ["token"] = TokenOf(firstLink) });
        Assert.Equal(HttpStatusCode.Forbidden, old.StatusCode);

        app.Clock.Advance(Duration.FromDays(14));
        await followUp.RunAsync(CancellationToken.None);
        Assert.Equal("expired", await StatusAsync(id));
        Assert.Single(await app.AuditActionsAsync(id), "co-sign-expired");
        Assert.Equal(("co-sign-expired", "worker", "worker"), (await app.AuditTrailAsync(id))[^1]);
    }

    private async Task<(string Id, string RecipientEmail)> ApplyAsCaregiverAsync()
    {
        var scheme = Bodies.Scheme();
        scheme["coSignRequired"] = true;
        var municipality = await app.CreateSchemeAsync(scheme);
        var body = Bodies.Request(municipality);
        body["submittedBy"] = "caregiver";
        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((string)(await response.ReadJsonAsync())["id"]!, (string)body["recipient"]!["email"]!);
    }

    private async Task<string> LatestLinkAsync(string recipientEmail)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var url = await connection.QuerySingleAsync<string>("""
            select model ->> 'confirmUrl' from outbox_mails where template = 'co-sign' and to_address = @recipientEmail
            order by created_at desc, id desc limit 1
            """, new { recipientEmail });
        return new Uri(url).PathAndQuery;
    }

    private static string TokenOf(string url) => url[(url.IndexOf("token=", StringComparison.Ordinal) + 6)..];

    private async Task<string> StatusAsync(string id)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<string>("select status from requests where id = @id", new { id = Guid.Parse(id) });
    }
}
