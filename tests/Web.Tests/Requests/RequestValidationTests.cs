using System.Net;
using System.Text.Json.Nodes;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Requests;

/// <summary>Every malformed field is refused with 400, named in the answer, and nothing is written.</summary>
public sealed class RequestValidationTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    public static TheoryData<string, JsonNode?, string> BadFields => new()
    {
        { "submittedBy", "neighbour", "submittedBy" },
        { "submittedBy", null, "submittedBy" },
        { "language", "de", "language" },
        { "year", 1999, "year" },
        { "year", "dit jaar", "year" },
        { "recipient", null, "recipient" },
        { "recipient.name", "", "recipient.name" },
        { "recipient.name", new string('a', 201), "recipient.name" },
        { "recipient.name", "Jan\u0000Jansen", "recipient.name" },
        { "recipient.bsn", "123456789", "recipient.bsn" },
        { "recipient.bsn", "12345", "recipient.bsn" },
        { "recipient.birthDate", "2099-01-01", "recipient.birthDate" },
        { "recipient.birthDate", "17-05-1941", "recipient.birthDate" },
        { "recipient.birthDate", "1941-02-30", "recipient.birthDate" },
        { "recipient.birthDate", null, "recipient.birthDate" },
        { "recipient.postcode", "0123 AB", "recipient.postcode" },
        { "recipient.postcode", "1211 SS", "recipient.postcode" },
        { "recipient.postcode", "B-1000", "recipient.postcode" },
        { "recipient.houseNumber", "", "recipient.houseNumber" },
        { "recipient.houseNumber", "nul", "recipient.houseNumber" },
        { "recipient.email", "jan@", "recipient.email" },
        { "recipient.email", "jan jansen@example.org", "recipient.email" },
        { "caregivers", new JsonArray(), "caregivers" },
        { "caregivers", null, "caregivers" },
        { "caregivers[0].name", " ", "caregivers[0].name" },
        { "caregivers[0].iban", "NL91ABNA0417164301", "caregivers[0].iban" },
        { "caregivers[0].iban", "US64SVBKUS6S3300958879", "caregivers[0].iban" },
        { "caregivers[0].iban", null, "caregivers[0].iban" },
        { "caregivers[0].birthDate", "2030-01-01", "caregivers[0].birthDate" },
        { "caregivers[0].email", "geen-adres", "caregivers[0].email" },
        { "caregivers[0].weight", 0, "caregivers[0].weight" },
        { "caregivers[0].weight", 1000, "caregivers[0].weight" },
        { "caregivers[0].weight", "zwaar", "caregivers[0].weight" },
        { "caregivers[0].consentToContact", "ja", "caregivers[0].consentToContact" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Submit_WithBadField_IsRefusedNamingItAndWritesNothing(string path, JsonNode? value, string expectedField)
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        JsonPaths.Set(body, path, value?.DeepClone());

        var response = await app.Anonymous().PostAsync("/api/requests", HttpExtensions.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expectedField, await response.ErrorFieldsAsync());
        Assert.Equal(0, await app.RequestsOfAsync(municipality));
        Assert.Equal(0, await app.OutboxMailsToAsync((string)body["recipient"]?["email"]! ?? ""));
    }

    [Fact]
    public async Task Submit_WithMoreThanTenCaregivers_IsRefused()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        body["caregivers"] = new JsonArray(Enumerable.Range(0, 11).Select(i => (JsonNode)Bodies.Caregiver(i % 3)).ToArray());

        var response = await app.Anonymous().PostAsync("/api/requests", HttpExtensions.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("caregivers", await response.ErrorFieldsAsync());
    }

    [Fact]
    public async Task Submit_SameCaregiverTwice_IsRefused()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        body["caregivers"]!.AsArray().Add(body["caregivers"]![0]!.DeepClone());

        var response = await app.Anonymous().PostAsync("/api/requests", HttpExtensions.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("caregivers[1]", await response.ErrorFieldsAsync());
    }

    [Theory]
    [InlineData("{\"municipality\": \"GM0402\", ")]
    [InlineData("[1, 2, 3]")]
    [InlineData("")]
    public async Task Submit_UnreadableJson_IsRefusedAsProblemDetails(string raw)
    {
        var response = await app.Anonymous().PostAsync("/api/requests",
            new StringContent(raw, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await response.ErrorFieldsAsync());
    }

    [Fact]
    public async Task Submit_BodyAboveTheLimit_IsRefused()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Request(municipality);
        body["padding"] = new string('x', 70 * 1024);

        var response = await app.Anonymous().PostAsync("/api/requests", HttpExtensions.Json(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await app.RequestsOfAsync(municipality));
    }
}
