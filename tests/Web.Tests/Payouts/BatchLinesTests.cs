using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Waardering.Domain;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Payouts;

/// <summary>The second officer approves a batch seeing its lines, each IBAN masked, and a mark where one officer alone chose the account.</summary>
public sealed class BatchLinesTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Lines_ShowEachPaymentMasked_AndMarkAnIbanChangedAfterIntakeOrEnteredByStaff()
    {
        var (municipality, requests) = await app.ApprovedAwardsAsync(requests: 2);
        using var anna = app.AsSubject("officer", "s-anna", "Anna Jansen");
        using var bert = app.AsSubject("officer", "s-bert", "Bert Smit");
        await anna.ProposeIbanAsync(requests[1]);
        await bert.ConfirmIbanAsync(requests[1]);
        var body = Bodies.Request(municipality);
        body["channel"] = "counter";
        var counter = (string)(await (await anna.PostAsJsonAsync("/api/requests", body)).ReadJsonAsync())["id"]!;
        await bert.PostAsJsonAsync($"/api/requests/{counter}/decision", new JsonObject { ["approve"] = true });
        var batchId = (string)(await (await anna.BuildBatchAsync(municipality)).ReadJsonAsync())["id"]!;
        var payments = await app.PaymentsAsync(municipality);
        string EndToEndOf(string request) => payments.Single(p => p.RequestId == Guid.Parse(request)).EndToEndId;

        var response = await bert.GetAsync($"/api/payout-batches/{batchId}/lines");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.All(payments, p => Assert.DoesNotContain(p.Iban, text));
        var page = JsonNode.Parse(text)!;
        Assert.Equal(3, (int)page["total"]!);
        var lines = page["items"]!.AsArray().ToDictionary(l => (string)l!["endToEndId"]!);
        Assert.All(payments, p =>
        {
            var line = lines[p.EndToEndId]!;
            Assert.Equal("Mantelzorger 0", (string?)line["name"]);
            Assert.Equal(p.AmountCents, (long)line["amountCents"]!);
            Assert.Equal(Iban.MaskOf(p.Iban), (string?)line["ibanMasked"]);
        });
        Assert.Equal((false, false), Marks(lines[EndToEndOf(requests[0])]));
        Assert.Equal((true, false), Marks(lines[EndToEndOf(requests[1])]));
        Assert.Equal((false, true), Marks(lines[EndToEndOf(counter)]));
        Assert.Equal([false, true, true], new[] { requests[0], requests[1], counter }.Select(r => (bool)lines[EndToEndOf(r)]!["marked"]!));
    }

    [Fact]
    public async Task Lines_AreReadAPageAtATime()
    {
        var (municipality, _) = await app.ApprovedAwardsAsync(requests: 3);
        using var anna = app.As("officer", "anna");
        var batchId = (string)(await (await anna.BuildBatchAsync(municipality)).ReadJsonAsync())["id"]!;

        var first = await (await anna.GetAsync($"/api/payout-batches/{batchId}/lines?pageSize=2")).ReadJsonAsync();
        var second = await (await anna.GetAsync($"/api/payout-batches/{batchId}/lines?page=2&pageSize=2")).ReadJsonAsync();

        Assert.Equal(2, first["items"]!.AsArray().Count);
        Assert.Single(second["items"]!.AsArray());
        Assert.Equal(3, (int)second["total"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await anna.GetAsync($"/api/payout-batches/{Guid.NewGuid()}/lines")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anna.GetAsync($"/api/payout-batches/{batchId}/lines?page=0")).StatusCode);
    }

    private static (bool Changed, bool Staff) Marks(JsonNode? line) =>
        ((bool)line!["ibanChangedAfterIntake"]!, (bool)line["enteredByStaff"]!);
}
