using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Waardering.Data.CoSigning;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Requests;

/// <summary>
/// A refused, expired or voided request blocks nobody; a possible duplicate counts for nothing
/// until an officer decides it, and is granted only once the recipient's other request is gone.
/// </summary>
public sealed class RecipientFreedTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Void_WithAReason_IsOnTheTrailAndFreesTheRecipient()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        var id = await app.SubmitAsync(body);

        var voided = await app.As("officer", "Olga").PostAsJsonAsync($"/api/requests/{id}/void", new JsonObject { ["reason"] = "Dubbel ingevoerd." });

        Assert.Equal(HttpStatusCode.OK, voided.StatusCode);
        Assert.Equal("voided", await app.StatusOfAsync(id));
        Assert.Equal(("voided", "Olga", "backoffice"), (await app.AuditTrailAsync(id))[^1]);
        Assert.Equal("received", await app.StatusOfAsync(await app.SubmitAsync(body)));
    }

    [Fact]
    public async Task Void_WithoutAReason_IsRefusedAndChangesNothing()
    {
        var id = await app.SubmitAsync(Bodies.Request(await app.CreateSchemeAsync()));

        var response = await app.As("officer").PostAsJsonAsync($"/api/requests/{id}/void", new JsonObject { ["reason"] = " " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reason", await response.ErrorFieldsAsync());
        Assert.Equal("received", await app.StatusOfAsync(id));
    }

    [Fact]
    public async Task Void_AnApprovedRequest_IsConflict()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        var id = await app.SubmitAsync(Bodies.Request(municipality));
        Assert.Equal(HttpStatusCode.OK, (await app.DecideAsync(id, approve: true)).StatusCode);

        var response = await app.As("officer").PostAsJsonAsync($"/api/requests/{id}/void", new JsonObject { ["reason"] = "Vergissing." });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("approved", await app.StatusOfAsync(id));
    }

    [Fact]
    public async Task Submit_AfterARejection_IsANewRequest()
    {
        var body = Bodies.Request(await app.CreateSchemeAsync());
        var id = await app.SubmitAsync(body);
        Assert.Equal(HttpStatusCode.OK, (await app.DecideAsync(id, approve: false, reasonCode: "incomplete")).StatusCode);

        Assert.Equal("received", await app.StatusOfAsync(await app.SubmitAsync(body)));
    }

    [Fact]
    public async Task Submit_AfterAnExpiry_IsANewRequest()
    {
        Clock.Reset(Instant.FromUtc(2026, 10, 2, 10, 0));
        var scheme = Bodies.Scheme();
        scheme["coSignRequired"] = true;
        var body = Bodies.Request(await app.CreateSchemeAsync(scheme));
        body["submittedBy"] = "caregiver";
        var id = await app.SubmitAsync(body);
        Clock.Advance(Duration.FromDays(30));
        await app.Factory.Services.GetRequiredService<ICoSignFollowUp>().RunAsync(CancellationToken.None);
        Assert.Equal("expired", await app.StatusOfAsync(id));

        Assert.Equal("awaitingCoSignature", await app.StatusOfAsync(await app.SubmitAsync(body)));
    }

    [Fact]
    public async Task PossibleDuplicates_DoNotCountForTheAmount()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        var body = Bodies.Request(municipality);
        await app.SubmitAsync(body);
        var before = await RecomputeAsync(municipality);

        for (var i = 0; i < 5; i++)
        {
            await app.SubmitAsync(body);
        }

        var after = await RecomputeAsync(municipality);
        Assert.Equal(1, (int)before["openUnits"]!);
        Assert.Equal((int)before["openUnits"]!, (int)after["openUnits"]!);
        Assert.Equal((long)before["currentAmountCents"]!, (long)after["currentAmountCents"]!);
    }

    [Fact]
    public async Task Approve_APossibleDuplicate_WaitsUntilTheOtherRequestIsNoLongerLive()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        var body = Bodies.Request(municipality);
        var first = await app.SubmitAsync(body);
        var duplicate = await app.SubmitAsync(body);

        Assert.Equal(HttpStatusCode.Conflict, (await app.DecideAsync(duplicate, approve: true)).StatusCode);
        await app.As("officer").PostAsJsonAsync($"/api/requests/{first}/void", new JsonObject { ["reason"] = "Verkeerde mantelzorger." });
        Assert.Equal(HttpStatusCode.OK, (await app.DecideAsync(duplicate, approve: true)).StatusCode);
        Assert.Equal("approved", await app.StatusOfAsync(duplicate));
    }

    [Fact]
    public async Task Queue_FilteredOnInReview_ShowsThePossibleDuplicates()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        await app.SubmitAsync(body);
        var duplicate = await app.SubmitAsync(body);

        var queue = await (await app.As("officer").GetAsync($"/api/requests?municipality={municipality}&year=2026&status=inReview")).ReadJsonAsync();

        Assert.Equal(duplicate, (string)Assert.Single(queue["items"]!.AsArray())!["id"]!);
    }

    private async Task<JsonObject> RecomputeAsync(string municipality) =>
        await (await app.As("policy").PostAsync($"/api/schemes/{municipality}/2026/recompute", null)).ReadJsonAsync();
}
