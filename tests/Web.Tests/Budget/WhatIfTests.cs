using System.Net;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Budget;

/// <summary>The council's question through the API: the amount at N units, by the recompute's own rule.</summary>
public sealed class WhatIfTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData(2500)] // € 150.000 / 4.000 = € 37,50: € 37, above the floor
    [InlineData(5000)] // below the floor: the floor is kept, and both say so
    public async Task WhatIf_ForTheRequestsThatAreOpen_GivesTheAmountTheRecomputeSets(long floorCents)
    {
        app.Clock.Reset(AmountScenario.LastDayOfWindow);
        var municipality = await AmountScenario.HilversumBudgetAsync(app, floorCents);
        await AmountScenario.InsertOpenRequestsAsync(app, municipality, 4000);
        using var policy = app.As("policy");

        var whatIf = await (await policy.GetAsync($"/api/schemes/{municipality}/2026/what-if?units=4000")).ReadJsonAsync();
        var recompute = await (await policy.PostAsync($"/api/schemes/{municipality}/2026/recompute", null)).ReadJsonAsync();

        Assert.Equal(4000, (int)recompute["openUnits"]!);
        Assert.Equal(0, (int)recompute["forecastUnits"]!);
        Assert.Equal((long)recompute["currentAmountCents"]!, (long)whatIf["amountCents"]!);
        Assert.Equal((bool)recompute["belowFloor"]!, (bool)whatIf["belowFloor"]!);
        Assert.Equal((long)recompute["availableCents"]!, (long)whatIf["availableCents"]!);
        Assert.Equal(4000 * (long)whatIf["amountCents"]!, (long)whatIf["totalCents"]!);
        Assert.Equal(15_000_000 / floorCents, (long)whatIf["unitsAtFloor"]!);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("1000001")]
    [InlineData("-5")]
    [InlineData("veel")]
    [InlineData("12.5e3")]
    public async Task WhatIf_WithoutAWholeNumberFromOneToAMillion_Is400NamingUnits(string units)
    {
        var municipality = await app.CreateSchemeAsync();

        var response = await app.As("auditor").GetAsync($"/api/schemes/{municipality}/2026/what-if?units={Uri.EscapeDataString(units)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("units", await response.ErrorFieldsAsync());
    }

    [Fact]
    public async Task WhatIf_WithoutAScheme_IsNotFound_AndForAnOfficerForbidden()
    {
        var municipality = app.NewMunicipality();

        Assert.Equal(HttpStatusCode.NotFound, (await app.As("policy").GetAsync($"/api/schemes/{municipality}/2026/what-if?units=10")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.As("officer").GetAsync($"/api/schemes/{municipality}/2026/what-if?units=10")).StatusCode);
    }
}
