using System.Net;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Requests;

public sealed class IdempotencyTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Submit_SameKeyAndBody_GivesTheSameAnswerAndOneRow()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        var key = Guid.NewGuid().ToString();

        var first = await PostAsync(body, key);
        var retry = await PostAsync(body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        var (a, b) = (await first.ReadJsonAsync(), await retry.ReadJsonAsync());
        Assert.Equal((string?)a["id"], (string?)b["id"]);
        Assert.Equal((string?)a["reference"], (string?)b["reference"]);
        Assert.Equal((string?)a["statusToken"], (string?)b["statusToken"]);
        Assert.Equal(1, await app.RequestsOfAsync(municipality));
        Assert.Equal(1, await app.OutboxMailsToAsync((string)body["recipient"]!["email"]!));
    }

    [Fact]
    public async Task Submit_SameKeyAtOnce_StoresOneAndAnswersAllAlike()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PostAsync(body, key)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (string?)(await r.ReadJsonAsync())["id"]));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, await app.RequestsOfAsync(municipality));
    }

    [Fact]
    public async Task Submit_SameKeyAtOnce_WritesOneRequestsRowsAndDrawsNoNumberForTheRetries()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        var key = Guid.NewGuid().ToString();
        var before = await app.WrittenRowsAsync(municipality);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PostAsync(body, key)));
        var afterRetries = await app.WrittenRowsAsync(municipality);
        // Another caregiver too: one already in the register is not asked again.
        var other = Bodies.Request(municipality);
        other["caregivers"]![0]!["name"] = $"Mantelzorger {Guid.NewGuid():N}";
        var next = await PostAsync(other, Guid.NewGuid().ToString());

        // The eight wrote what one request writes: the same tables, as many rows as the next request alone.
        var once = (await app.WrittenRowsAsync(municipality)).RowsSince(afterRetries);
        Assert.Equal(1, once["idempotency_keys"]);
        Assert.Equal(once, afterRetries.RowsSince(before));
        // The retries drew no reference number: the next request has the one after the first's.
        Assert.Equal(Number((string)(await responses[0].ReadJsonAsync())["reference"]!) + 1,
            Number((string)(await next.ReadJsonAsync())["reference"]!));
    }

    [Fact]
    public async Task Submit_SameKeyOtherBody_IsRefusedAndWritesNothing()
    {
        var municipality = await app.CreateSchemeAsync();
        var key = Guid.NewGuid().ToString();
        await PostAsync(Bodies.Request(municipality), key);
        var other = Bodies.Request(municipality);

        var response = await PostAsync(other, key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Idempotency-Key", await response.ErrorFieldsAsync());
        Assert.Equal(1, await app.RequestsOfAsync(municipality));
    }

    [Fact]
    public async Task Submit_WithAnOverlongKey_IsRefused()
    {
        var municipality = await app.CreateSchemeAsync();

        var response = await PostAsync(Bodies.Request(municipality), new string('k', 101));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Idempotency-Key", await response.ErrorFieldsAsync());
    }

    /// <summary>The scheme's number in a reference such as GM0402-2026-000123.</summary>
    private static int Number(string reference) => int.Parse(reference[(reference.LastIndexOf('-') + 1)..]);

    private Task<HttpResponseMessage> PostAsync(System.Text.Json.Nodes.JsonObject body, string key)
    {
        var client = app.Anonymous();
        var message = new HttpRequestMessage(HttpMethod.Post, "/api/requests") { Content = HttpExtensions.Json(body) };
        message.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(message);
    }
}
