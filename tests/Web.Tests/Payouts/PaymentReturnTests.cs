using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Waardering.Testing.Payouts;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Payouts;

/// <summary>Only the bank returns a payment, and only once its batch is booked; a bank file never carries a returned one.</summary>
public sealed class PaymentReturnTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly XNamespace Ns = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

    [Fact]
    public async Task Return_BeforeTheBatchIsBooked_IsRefusedAndNothingIsPaidTwice()
    {
        var (municipality, _) = await app.ApprovedAwardsAsync();
        using var anna = app.As("officer", "anna");
        using var bert = app.As("officer", "bert");
        var batchId = (string)(await (await anna.BuildBatchAsync(municipality)).ReadJsonAsync())["id"]!;
        var endToEndId = (await app.PaymentsAsync(municipality)).Single().EndToEndId;

        var whileCreated = await ReturnAsync(anna, endToEndId);
        Assert.Equal(HttpStatusCode.OK, (await bert.PostAsync($"/api/payout-batches/{batchId}/approval", null)).StatusCode);
        var whileApproved = await ReturnAsync(anna, endToEndId);

        foreach (var refused in new[] { whileCreated, whileApproved })
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("endToEndId", await refused.ErrorFieldsAsync());
        }

        Assert.Equal("inBatch", (await app.PaymentsAsync(municipality)).Single().Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await anna.BuildBatchAsync(municipality)).StatusCode);
        Assert.Single(await EndToEndIdsAsync(anna, batchId));
    }

    [Fact]
    public async Task Return_OfABookedBatch_LeavesThePaymentOutOfTheBatchsFile()
    {
        var (municipality, _) = await app.ApprovedAwardsAsync(requests: 2);
        using var anna = app.As("officer", "anna");
        using var bert = app.As("officer", "bert");
        var batchId = (string)(await (await anna.BuildBatchAsync(municipality)).ReadJsonAsync())["id"]!;
        await bert.PostAsync($"/api/payout-batches/{batchId}/approval", null);
        Assert.Equal(HttpStatusCode.OK, (await anna.PostAsync($"/api/payout-batches/{batchId}/booking", null)).StatusCode);
        var payments = await app.PaymentsAsync(municipality);
        Assert.Equal(2, (await EndToEndIdsAsync(anna, batchId)).Count);

        Assert.Equal(HttpStatusCode.NoContent, (await ReturnAsync(anna, payments[0].EndToEndId)).StatusCode);

        var file = await anna.GetByteArrayAsync($"/api/payout-batches/{batchId}/pain001");
        Assert.Empty(Pain001Schema.Validate(new MemoryStream(file)));
        var xml = XDocument.Load(new MemoryStream(file));
        Assert.Equal([payments[1].EndToEndId], xml.Descendants(Ns + "EndToEndId").Select(e => e.Value));
        Assert.Equal("1", xml.Descendants(Ns + "GrpHdr").Single().Element(Ns + "NbOfTxs")!.Value);
    }

    private static Task<HttpResponseMessage> ReturnAsync(HttpClient officer, string endToEndId) =>
        officer.PostAsJsonAsync($"/api/payments/{endToEndId}/return", new JsonObject { ["reason"] = "AC04 rekening opgeheven" });

    private static async Task<List<string>> EndToEndIdsAsync(HttpClient officer, string batchId) =>
        XDocument.Load(new MemoryStream(await officer.GetByteArrayAsync($"/api/payout-batches/{batchId}/pain001")))
            .Descendants(Ns + "EndToEndId").Select(e => e.Value).ToList();
}
