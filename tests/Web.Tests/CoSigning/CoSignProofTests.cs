using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Waardering.Data.CoSigning;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.CoSigning;

/// <summary>
/// A co-signature proves something: the recipient's own address, or the recipient at the
/// counter or on paper as an officer records it; and an unconfirmed request never expires unheard.
/// </summary>
public sealed class CoSignProofTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Submit_ByACaregiverGivingTheirOwnAddressAsTheRecipients_IsRefusedNamingTheField()
    {
        var body = await CaregiverRequestAsync();
        body["recipient"]!["email"] = ((string)body["caregivers"]![0]!["email"]!).ToUpperInvariant();

        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("recipient.email", await response.ErrorFieldsAsync());
        Assert.Equal(0, await app.RequestsOfAsync((string)body["municipality"]!));
    }

    [Theory]
    [InlineData("counter")]
    [InlineData("paper")]
    public async Task CoSign_RecordedByAnOfficer_MakesTheRequestReceivedWithTheChannelOnTheTrail(string channel)
    {
        var body = await CaregiverRequestAsync();
        body["recipient"]!.AsObject().Remove("email");
        var id = await app.SubmitAsync(body);

        var response = await app.As("officer", "Olga").PostAsJsonAsync($"/api/requests/{id}/co-sign", new JsonObject { ["channel"] = channel });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("received", await app.StatusOfAsync(id));
        Assert.Equal(("co-signed", "Olga", channel), (await app.AuditTrailAsync(id))[^1]);
        var again = await app.As("officer", "Olga").PostAsJsonAsync($"/api/requests/{id}/co-sign", new JsonObject { ["channel"] = channel });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task CoSign_ByAnOfficerThroughAChannelThatProvesNothing_IsRefused()
    {
        var id = await app.SubmitAsync(await CaregiverRequestAsync());

        var response = await app.As("officer").PostAsJsonAsync($"/api/requests/{id}/co-sign", new JsonObject { ["channel"] = "phone" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("channel", await response.ErrorFieldsAsync());
        Assert.Equal("awaitingCoSignature", await app.StatusOfAsync(id));
    }

    [Fact]
    public async Task CoSign_ByACitizenOnTheStaffRoute_IsUnauthorized()
    {
        var id = await app.SubmitAsync(await CaregiverRequestAsync());

        var response = await app.Anonymous().PostAsJsonAsync($"/api/requests/{id}/co-sign", new JsonObject { ["channel"] = "counter" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("awaitingCoSignature", await app.StatusOfAsync(id));
    }

    [Fact]
    public async Task Expiry_TellsTheCaregiverWhoApplied()
    {
        Clock.Reset(Instant.FromUtc(2026, 10, 2, 10, 0));
        var body = await CaregiverRequestAsync();
        body["language"] = "en";
        var id = await app.SubmitAsync(body);
        var caregiverEmail = (string)body["caregivers"]![0]!["email"]!;

        Clock.Advance(Duration.FromDays(30));
        await app.Factory.Services.GetRequiredService<ICoSignFollowUp>().RunAsync(CancellationToken.None);

        Assert.Equal("expired", await app.StatusOfAsync(id));
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var mail = await connection.QuerySingleAsync<(string Language, string Reference, string RecipientName)>("""
            select language, model ->> 'reference', model ->> 'recipientName' from outbox_mails
            where template = 'request-expired' and to_address = @caregiverEmail and request_id = @id
            """, new { caregiverEmail, id = Guid.Parse(id) });
        Assert.Equal("en", mail.Language);
        Assert.Equal((string)body["recipient"]!["name"]!, mail.RecipientName);
        Assert.StartsWith((string)body["municipality"]!, mail.Reference);
    }

    private async Task<JsonObject> CaregiverRequestAsync()
    {
        var scheme = Bodies.Scheme();
        scheme["coSignRequired"] = true;
        var body = Bodies.Request(await app.CreateSchemeAsync(scheme));
        body["submittedBy"] = "caregiver";
        return body;
    }
}
