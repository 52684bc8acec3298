using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Schemes;

public sealed class SchemeEndpointTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Put_ThenGet_ShowsTheSchemeWithItsCurrentAmount()
    {
        var municipality = await app.CreateSchemeAsync();

        var response = await app.Anonymous().GetAsync($"/api/schemes/{municipality}/2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var scheme = await response.ReadJsonAsync();
        Assert.Equal("2026-10-01", (string?)scheme["opensOn"]);
        Assert.Equal("2026-12-31", (string?)scheme["closesOn"]);
        Assert.Equal(15000, (long?)scheme["baseAmountCents"]);
        Assert.Equal(15000, (long?)scheme["currentAmountCents"]);
        Assert.Equal(3, (int?)scheme["maxCaregivers"]);
        Assert.Equal("perRequest", (string?)scheme["splitMode"]);
        Assert.True((bool?)scheme["isOpen"]);
        Assert.Equal(1200, (int?)scheme["postcodeRanges"]![0]!["from"]);
    }

    [Fact]
    public async Task Put_Twice_UpdatesAndAnswersOk()
    {
        var municipality = await app.CreateSchemeAsync();
        var body = Bodies.Scheme();
        body["maxCaregivers"] = 2;
        body["baseAmountCents"] = 10000;

        var response = await app.As("admin").PutAsJsonAsync($"/api/schemes/{municipality}/2026", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var scheme = await response.ReadJsonAsync();
        Assert.Equal(2, (int?)scheme["maxCaregivers"]);
        Assert.Equal(10000, (long?)scheme["currentAmountCents"]);
    }

    [Fact]
    public async Task Put_WithoutDates_OpensAllYear()
    {
        var body = Bodies.Scheme();
        body.Remove("opensOn");
        body.Remove("closesOn");
        var municipality = await app.CreateSchemeAsync(body);

        var scheme = await (await app.Anonymous().GetAsync($"/api/schemes/{municipality}/2026")).ReadJsonAsync();

        Assert.Equal("2026-01-01", (string?)scheme["opensOn"]);
        Assert.Equal("2026-12-31", (string?)scheme["closesOn"]);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("officer", HttpStatusCode.Forbidden)]
    [InlineData("policy", HttpStatusCode.Forbidden)]
    public async Task Put_ByAnyoneButAnAdmin_IsRefused(string? role, HttpStatusCode expected)
    {
        var municipality = app.NewMunicipality();
        var client = role is null ? app.Anonymous() : app.As(role);

        var response = await client.PutAsJsonAsync($"/api/schemes/{municipality}/2026", Bodies.Scheme());

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync($"/api/schemes/{municipality}/2026")).StatusCode);
    }

    public static TheoryData<string, JsonNode?, string> BadSchemes => new()
    {
        { "baseAmountCents", -100, "baseAmountCents" },
        { "baseAmountCents", 0, "baseAmountCents" },
        { "baseAmountCents", 999_999_999, "baseAmountCents" },
        { "floorAmountCents", 20000, "floorAmountCents" },
        { "stepCents", 0, "stepCents" },
        { "maxCaregivers", 0, "maxCaregivers" },
        { "maxCaregivers", 11, "maxCaregivers" },
        { "splitMode", "evenly", "splitMode" },
        { "payoutMode", "later", "payoutMode" },
        { "whoMayApply", "anyone", "whoMayApply" },
        { "opensOn", "2025-10-01", "opensOn" },
        { "closesOn", "2026-09-01", "closesOn" },
        { "closesOn", null, "closesOn" },
        { "opensOn", "1 oktober", "opensOn" },
        { "caregiverMinAge", 200, "caregiverMinAge" },
        { "postcodeRanges", new JsonArray(new JsonObject { ["from"] = 1300, ["to"] = 1200 }), "postcodeRanges[0]" },
        { "postcodeRanges", new JsonArray(new JsonObject { ["from"] = 999, ["to"] = 1200 }), "postcodeRanges[0]" },
        { "baseAmountCents", "veel", "baseAmountCents" },
    };

    [Theory]
    [MemberData(nameof(BadSchemes))]
    public async Task Put_WithBadValue_IsRefusedNamingTheFieldAndWritesNothing(string field, JsonNode? value, string expectedField)
    {
        var municipality = app.NewMunicipality();
        var body = Bodies.Scheme();
        body[field] = value?.DeepClone();

        var response = await app.As("admin").PutAsync($"/api/schemes/{municipality}/2026", HttpExtensions.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expectedField, await response.ErrorFieldsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync($"/api/schemes/{municipality}/2026")).StatusCode);
    }

    [Theory]
    [InlineData("GM402", 2026, "municipality")]
    [InlineData("gm0402", 2026, "municipality")]
    [InlineData("GM0402", 1999, "year")]
    public async Task Put_WithBadKey_IsRefusedNamingIt(string municipality, int year, string expectedField)
    {
        var response = await app.As("admin").PutAsJsonAsync($"/api/schemes/{municipality}/{year}", Bodies.Scheme(year));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expectedField, await response.ErrorFieldsAsync());
    }

    [Fact]
    public async Task Get_UnknownScheme_IsNotFound()
    {
        var response = await app.Anonymous().GetAsync($"/api/schemes/{app.NewMunicipality()}/2026");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
