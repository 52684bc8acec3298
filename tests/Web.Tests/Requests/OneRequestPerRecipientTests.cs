using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Requests;

/// <summary>
/// One live request per recipient per year, without an oracle: a citizen's second request is held
/// in review and answered exactly like a first; only an officer is told about the first.
/// </summary>
public sealed class OneRequestPerRecipientTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Submit_SecondAnonymousRequestForTheSameRecipient_IsAnsweredLikeAFirstAndHeldInReview()
    {
        var municipality = await app.CreateSchemeAsync();
        var first = Bodies.Request(municipality);
        var second = (JsonObject)first.DeepClone();
        second["caregivers"] = new JsonArray(Bodies.Caregiver(1));
        var fresh = Bodies.Request(municipality);
        fresh["caregivers"] = new JsonArray(Bodies.Caregiver(1));

        await app.Anonymous().PostAsJsonAsync("/api/requests", first);
        var duplicate = await app.Anonymous().PostAsJsonAsync("/api/requests", second);
        var newOne = await app.Anonymous().PostAsJsonAsync("/api/requests", fresh);

        Assert.Equal(HttpStatusCode.Created, duplicate.StatusCode);
        Assert.Equal(newOne.StatusCode, duplicate.StatusCode);
        Assert.Equal(HeaderNames(newOne), HeaderNames(duplicate));
        Assert.Equal(newOne.Content.Headers.ContentType, duplicate.Content.Headers.ContentType);
        var (duplicateBody, newBody) = (await duplicate.ReadJsonAsync(), await newOne.ReadJsonAsync());
        Assert.Equal(Shape(newBody), Shape(duplicateBody));
        Assert.Equal((string)newBody["status"]!, (string)duplicateBody["status"]!);
        Assert.Equal((long)newBody["caregivers"]![0]!["amountCents"]!, (long)duplicateBody["caregivers"]![0]!["amountCents"]!);
        Assert.Equal(new Uri((string)duplicateBody["statusUrl"]!, UriKind.Relative), duplicate.Headers.Location);

        // Stored, in review; the citizen's own view says received, as for any other request.
        var id = (string)duplicateBody["id"]!;
        Assert.Equal("inReview", await app.StatusOfAsync(id));
        using var citizen = app.Anonymous();
        citizen.DefaultRequestHeaders.Add("X-Status-Token", (string)duplicateBody["statusToken"]!);
        Assert.Equal("received", (string)(await (await citizen.GetAsync($"/api/requests/{id}")).ReadJsonAsync())["status"]!);
        Assert.Equal(2, await app.OutboxMailsToAsync((string)second["recipient"]!["email"]!)); // each confirmed, the duplicate like the first
    }

    [Fact]
    public async Task Submit_SameBsnWithOtherSpellingOfTheName_IsHeldInReview()
    {
        var municipality = await app.CreateSchemeAsync();
        var first = Bodies.Request(municipality);
        var second = (JsonObject)first.DeepClone();
        second["recipient"]!["name"] = "Iemand Anders";

        await app.Anonymous().PostAsJsonAsync("/api/requests", first);
        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", second);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("inReview", await app.StatusOfAsync((string)(await response.ReadJsonAsync())["id"]!));
    }

    [Fact]
    public async Task Submit_SameRecipientWithoutBsn_IsRecognisedByNameBirthDateAndAddress()
    {
        var municipality = await app.CreateSchemeAsync();
        var first = Bodies.Request(municipality);
        var second = (JsonObject)first.DeepClone();
        second["recipient"]!.AsObject().Remove("bsn");
        second["recipient"]!["name"] = ((string)first["recipient"]!["name"]!).ToUpperInvariant();
        second["recipient"]!["houseNumber"] = "12 A";

        await app.Anonymous().PostAsJsonAsync("/api/requests", first);
        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", second);

        Assert.Equal("inReview", await app.StatusOfAsync((string)(await response.ReadJsonAsync())["id"]!));
    }

    [Fact]
    public async Task Submit_ByAnOfficerForARecipientWithALiveRequest_IsConflictNamingTheExistingReference()
    {
        var municipality = await app.CreateSchemeAsync();
        var first = Bodies.Request(municipality);
        var reference = (string)(await (await app.Anonymous().PostAsJsonAsync("/api/requests", first)).ReadJsonAsync())["reference"]!;
        var second = (JsonObject)first.DeepClone();
        second["channel"] = "counter";

        var response = await app.As("officer").PostAsJsonAsync("/api/requests", second);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("recipient", await response.ErrorFieldsAsync());
        Assert.Equal(reference, (string)(await response.ReadJsonAsync())["existingReference"]!);
        Assert.Equal(1, await app.RequestsOfAsync(municipality));
    }

    [Fact]
    public async Task Submit_SameRecipientInAnotherYear_IsAccepted()
    {
        var municipality = await app.CreateSchemeAsync();
        using (var admin = app.As("admin"))
        {
            var scheme = Bodies.Scheme(2027);
            scheme.Remove("opensOn");
            scheme.Remove("closesOn");
            await admin.PutAsJsonAsync($"/api/schemes/{municipality}/2027", scheme);
        }

        var body = Bodies.Request(municipality);
        await app.Anonymous().PostAsJsonAsync("/api/requests", body);
        body["year"] = 2027;
        app.Clock.Reset(NodaTime.Instant.FromUtc(2027, 3, 1, 12, 0));
        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", body);
        Assert.Equal("received", await app.StatusOfAsync((string)(await response.ReadJsonAsync())["id"]!));
    }

    [Fact]
    public async Task Submit_TwentyAtOnceForTheSameRecipient_StoresExactlyOneLiveRequest()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            app.Anonymous().PostAsync("/api/requests", HttpExtensions.Json(body))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var statuses = (await connection.QueryAsync<string>("""
            select r.status from requests r join schemes s on s.id = r.scheme_id where s.municipality_code = @municipality
            """, new { municipality })).ToList();
        Assert.Equal(20, statuses.Count);
        Assert.Single(statuses, "received");
        Assert.Equal(19, statuses.Count(s => s == "inReview"));
    }

    private static string[] HeaderNames(HttpResponseMessage response) =>
        response.Headers.Select(h => h.Key).Concat(response.Content.Headers.Select(h => h.Key))
            .Where(h => h is not ("Date" or "Content-Length")).Order().ToArray();

    /// <summary>Every field name of a body, nested ones as paths, without the values.</summary>
    private static string[] Shape(JsonNode? node, string path = "") => node switch
    {
        JsonObject o => o.SelectMany(p => Shape(p.Value, $"{path}.{p.Key}").Prepend($"{path}.{p.Key}")).ToArray(),
        JsonArray a => a.SelectMany(v => Shape(v, path + "[]")).Distinct().ToArray(),
        _ => [],
    };
}
