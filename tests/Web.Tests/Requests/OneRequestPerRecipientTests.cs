using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Requests;

public sealed class OneRequestPerRecipientTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Submit_SecondRequestForTheSameRecipient_IsConflict()
    {
        var municipality = await app.CreateSchemeAsync();
        var first = Bodies.Request(municipality);
        var second = (JsonObject)first.DeepClone();
        second["caregivers"] = new JsonArray(Bodies.Caregiver(1));

        Assert.Equal(HttpStatusCode.Created, (await app.Anonymous().PostAsJsonAsync("/api/requests", first)).StatusCode);
        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", second);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("recipient", await response.ErrorFieldsAsync());
        Assert.Equal(1, await app.RequestsOfAsync(municipality));
    }

    [Fact]
    public async Task Submit_SameBsnWithOtherSpellingOfTheName_IsConflict()
    {
        var municipality = await app.CreateSchemeAsync();
        var first = Bodies.Request(municipality);
        var second = (JsonObject)first.DeepClone();
        second["recipient"]!["name"] = "Iemand Anders";

        await app.Anonymous().PostAsJsonAsync("/api/requests", first);
        var response = await app.Anonymous().PostAsJsonAsync("/api/requests", second);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
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

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
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
        Assert.Equal(HttpStatusCode.Created, (await app.Anonymous().PostAsJsonAsync("/api/requests", body)).StatusCode);
    }

    [Fact]
    public async Task Submit_TwentyAtOnceForTheSameRecipient_StoresExactlyOne()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            app.Anonymous().PostAsync("/api/requests", HttpExtensions.Json(body))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1, await app.RequestsOfAsync(municipality));
    }
}
