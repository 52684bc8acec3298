using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Budget;

public sealed class BudgetLineTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Put_ThenReport_ShowsTheLineWithNothingSpent()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "spuk-gala", BudgetHelpers.Line(46_000_000, "spuk", fundsAppreciation: false, grantCode: "GALA"));

        var line = (await app.BudgetAsync(municipality))["lines"]!.AsArray().Single()!;

        Assert.Equal("spuk-gala", (string?)line["code"]);
        Assert.Equal("GALA", (string?)line["grantCode"]);
        Assert.Equal(46_000_000, (long?)line["budgetCents"]);
        Assert.Equal(0, (long?)line["committedCents"]);
        Assert.Equal(0, (long?)line["spentCents"]);
        Assert.Equal(46_000_000, (long?)line["remainingCents"]);
        Assert.False((bool?)line["deficit"]);
    }

    public static TheoryData<string, JsonNode?, string> BadLines => new()
    {
        { "amountCents", -1, "amountCents" },
        { "amountCents", 100_000_000_001, "amountCents" },
        { "source", "rijk", "source" },
        { "name", "", "name" },
        { "fundsAppreciation", null, "fundsAppreciation" },
        { "grantCode", "GALA", "grantCode" }, // a municipal line has no grant code
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public async Task Put_WithBadValue_IsRefusedNamingTheField(string field, JsonNode? value, string expected)
    {
        var municipality = await app.CreateSchemeAsync();
        var line = BudgetHelpers.Line(1_000_000);
        line[field] = value?.DeepClone();

        var response = await app.As("policy").PutAsync($"/api/budget-lines/{municipality}/2026/waardering", HttpExtensions.Json(line));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.ErrorFieldsAsync());
        Assert.Empty((await app.BudgetAsync(municipality))["lines"]!.AsArray());
    }

    [Fact]
    public async Task Put_SpukLineWithoutGrantCode_IsRefused()
    {
        var municipality = await app.CreateSchemeAsync();

        var response = await app.As("policy").PutAsJsonAsync($"/api/budget-lines/{municipality}/2026/gala", BudgetHelpers.Line(1, "spuk"));

        Assert.Contains("grantCode", await response.ErrorFieldsAsync());
    }

    [Fact]
    public async Task Put_ForUnknownMunicipality_IsRefused()
    {
        var response = await app.As("policy").PutAsJsonAsync($"/api/budget-lines/{app.NewMunicipality()}/2026/waardering", BudgetHelpers.Line(1));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("municipality", await response.ErrorFieldsAsync());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("officer", HttpStatusCode.Forbidden)]
    public async Task Budget_IsForPolicyStaff(string? role, HttpStatusCode expected)
    {
        var municipality = await app.CreateSchemeAsync();
        var client = role is null ? app.Anonymous() : app.As(role);

        Assert.Equal(expected, (await client.GetAsync($"/api/budget/{municipality}/2026")).StatusCode);
        Assert.Equal(expected, (await client.PutAsJsonAsync($"/api/budget-lines/{municipality}/2026/x", BudgetHelpers.Line(1))).StatusCode);
    }
}
