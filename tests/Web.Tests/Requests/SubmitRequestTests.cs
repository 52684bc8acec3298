using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Requests;

public sealed class SubmitRequestTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Submit_ValidRequest_IsStoredWithReferenceTokenAndSplit()
    {
        var municipality = await app.CreateSchemeAsync();

        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", Bodies.Request(municipality, caregivers: 3));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answer = await response.ReadJsonAsync();
        Assert.Matches($"^{municipality}-2026-[0-9]{{6}}$", (string?)answer["reference"]);
        Assert.Equal("received", (string?)answer["status"]);
        Assert.True(((string?)answer["statusToken"])?.Length >= 40);
        var amounts = answer["caregivers"]!.AsArray().Select(c => (long)c!["amountCents"]!).ToList();
        Assert.Equal([5000, 5000, 5000], amounts);
        Assert.Equal($"/api/requests/{answer["id"]}", response.Headers.Location?.OriginalString);
        Assert.Equal(1, await app.RequestsOfAsync(municipality));
    }

    [Fact]
    public async Task Submit_References_CountUpPerScheme()
    {
        var municipality = await app.CreateSchemeAsync();
        var client = app.Anonymous();

        var first = await (await client.PostAsJsonAsync("/api/requests", Bodies.Request(municipality))).ReadJsonAsync();
        var second = await (await client.PostAsJsonAsync("/api/requests", Bodies.Request(municipality))).ReadJsonAsync();

        Assert.Equal($"{municipality}-2026-000001", (string?)first["reference"]);
        Assert.Equal($"{municipality}-2026-000002", (string?)second["reference"]);
    }

    [Fact]
    public async Task Submit_WithWeights_SplitsByLargestRemainderToTheCent()
    {
        var body = Bodies.Scheme();
        body["baseAmountCents"] = 10000;
        var municipality = await app.CreateSchemeAsync(body);
        var request = Bodies.Request(municipality, caregivers: 3);
        request["caregivers"]![0]!["weight"] = 2;

        var answer = await (await app.Anonymous().PostAsJsonAsync("/api/requests", request)).ReadJsonAsync();

        var amounts = answer["caregivers"]!.AsArray().Select(c => (long)c!["amountCents"]!).ToList();
        Assert.Equal([5000, 2500, 2500], amounts);
    }

    [Fact]
    public async Task Submit_UnevenSplit_GivesTheLeftoverCentToTheFirst()
    {
        var body = Bodies.Scheme();
        body["baseAmountCents"] = 10000;
        var municipality = await app.CreateSchemeAsync(body);

        var answer = await (await app.Anonymous().PostAsJsonAsync("/api/requests", Bodies.Request(municipality, caregivers: 3))).ReadJsonAsync();

        var amounts = answer["caregivers"]!.AsArray().Select(c => (long)c!["amountCents"]!).ToList();
        Assert.Equal([3334, 3333, 3333], amounts);
        Assert.Equal(10000, amounts.Sum());
    }

    [Fact]
    public async Task Submit_PerCaregiverScheme_GivesEachCaregiverTheWholeAmount()
    {
        var body = Bodies.Scheme();
        body["splitMode"] = "perCaregiver";
        var municipality = await app.CreateSchemeAsync(body);

        var answer = await (await app.Anonymous().PostAsJsonAsync("/api/requests", Bodies.Request(municipality, caregivers: 2))).ReadJsonAsync();

        Assert.All(answer["caregivers"]!.AsArray(), c => Assert.Equal(15000, (long)c!["amountCents"]!));
    }

    [Fact]
    public async Task Submit_ByCaregiverWhereCoSigningIsRequired_WaitsForTheRecipient()
    {
        var body = Bodies.Scheme();
        body["coSignRequired"] = true;
        var municipality = await app.CreateSchemeAsync(body);
        var request = Bodies.Request(municipality);
        request["submittedBy"] = "caregiver";

        var answer = await (await app.Anonymous().PostAsJsonAsync("/api/requests", request)).ReadJsonAsync();

        Assert.Equal("awaitingCoSignature", (string?)answer["status"]);
    }

    [Fact]
    public async Task Submit_WithoutBsnOrEmail_IsAccepted()
    {
        var municipality = await app.CreateSchemeAsync();
        var request = Bodies.Request(municipality);
        request["recipient"]!.AsObject().Remove("bsn");
        request["recipient"]!.AsObject().Remove("email");

        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Submit_StoresTheBsnEncryptedNotInPlainText()
    {
        var municipality = await app.CreateSchemeAsync();
        var request = Bodies.Request(municipality);
        var bsn = (string)request["recipient"]!["bsn"]!;

        var answer = await (await app.Anonymous().PostAsJsonAsync("/api/requests", request)).ReadJsonAsync();

        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var dump = await Dapper.SqlMapper.QuerySingleAsync<string>(connection,
            "select row_to_json(r)::text from requests r where id = @id", new { id = Guid.Parse((string)answer["id"]!) });
        Assert.DoesNotContain(bsn, dump);
        Assert.DoesNotContain(bsn, answer.ToJsonString());
    }

    [Fact]
    public async Task Submit_AnswerIsValidAgainstTheOpenApiNames()
    {
        var municipality = await app.CreateSchemeAsync();

        var answer = await (await app.Anonymous().PostAsJsonAsync("/api/requests", Bodies.Request(municipality))).ReadJsonAsync();

        Assert.All(["id", "reference", "status", "statusToken", "caregivers"], key => Assert.True(answer.ContainsKey(key), key));
        Assert.IsType<JsonArray>(answer["caregivers"]);
    }
}
