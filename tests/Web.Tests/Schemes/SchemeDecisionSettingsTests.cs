using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Schemes;

/// <summary>A scheme's objection address and its term for deciding: set by PUT, shown by GET, checked field by field.</summary>
public sealed class SchemeDecisionSettingsTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Put_WithObjectionAddressAndTerm_IsStoredAndShown()
    {
        var body = Bodies.Scheme();
        body["objectionAddress"] = new JsonObject
        {
            ["name"] = " Gemeente Hilversum ", ["line"] = "Postbus 9900", ["postcode"] = "1201gm", ["city"] = "Hilversum",
        };
        body["decisionWeeks"] = 6;
        var municipality = await app.CreateSchemeAsync(body);

        var scheme = await (await app.Anonymous().GetAsync($"/api/schemes/{municipality}/2026")).ReadJsonAsync();

        Assert.Equal(6, (int?)scheme["decisionWeeks"]);
        Assert.Equal("Gemeente Hilversum", (string?)scheme["objectionAddress"]!["name"]);
        Assert.Equal("1201 GM", (string?)scheme["objectionAddress"]!["postcode"]);
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal(("Postbus 9900", "Hilversum", 6), await connection.QuerySingleAsync<(string, string, int)>(
            "select objection_line, objection_city, decision_weeks from schemes where municipality_code = @municipality",
            new { municipality }));
    }

    [Fact]
    public async Task Put_WithoutThem_TakesEightWeeksAndNoAddress()
    {
        var municipality = await app.CreateSchemeAsync();

        var scheme = await (await app.Anonymous().GetAsync($"/api/schemes/{municipality}/2026")).ReadJsonAsync();

        Assert.Equal(8, (int?)scheme["decisionWeeks"]);
        Assert.Null(scheme["objectionAddress"]);
    }

    [Theory]
    [InlineData("postcode", "1201", "objectionAddress.postcode")]
    [InlineData("name", "", "objectionAddress.name")]
    [InlineData("city", null, "objectionAddress.city")]
    [InlineData("decisionWeeks", "0", "decisionWeeks")]
    [InlineData("decisionWeeks", "27", "decisionWeeks")]
    public async Task Put_WithABadSetting_IsRefusedNamingIt_AndNothingIsStored(string part, string? value, string field)
    {
        var municipality = app.NewMunicipality();
        var body = Bodies.Scheme();
        var address = new JsonObject { ["name"] = "Gemeente X", ["line"] = "Postbus 1", ["postcode"] = "1200 AA", ["city"] = "X" };
        if (part == "decisionWeeks")
        {
            body["decisionWeeks"] = int.Parse(value!, System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            address[part] = value;
        }

        body["objectionAddress"] = address;

        var response = await app.As("admin").PutAsJsonAsync($"/api/schemes/{municipality}/2026", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await response.ErrorFieldsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await app.Anonymous().GetAsync($"/api/schemes/{municipality}/2026")).StatusCode);
    }
}
