using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Budget;

/// <summary>
/// A multi-year table like Hilversum's: a SPUK grant funds support up to and including its last year, so the
/// year after has less. (Here the grant ends in 2027, so that its years are still open for costs.)
/// </summary>
public sealed class MultiYearTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task MultiYear_ShowsEachYearAndTheYearTheGrantEnds()
    {
        var municipality = await HilversumLinesAsync();

        var response = await app.As("policy").GetAsync($"/api/budget/{municipality}?from=2026&to=2028");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var years = (await response.ReadJsonAsync<JsonArray>())!;
        Assert.Equal([2026, 2027, 2028], years.Select(y => (int)y!["year"]!));
        Assert.Equal(20_000_000 + 4_500_000, (long)years[1]!["budgetCents"]!);
        Assert.Equal(["GALA"], years[1]!["grantsEnding"]!.AsArray().Select(g => (string?)g));
        Assert.Equal(20_000_000, (long)years[2]!["budgetCents"]!);
        Assert.Equal(20_000_000 + 4_500_000 - 1_000_000, (long)years[1]!["differenceCents"]!);
    }

    [Fact]
    public async Task SpukAccounting_GivesSpentInYearCumulativeAndUnspentPerGrant()
    {
        var municipality = await HilversumLinesAsync();

        var response = await app.As("policy").GetAsync($"/api/budget/{municipality}/spuk-accounting.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("GrantCode,Year,BudgetCents,SpentInYearCents,CumulativeSpentCents,UnspentCents", lines[0]);
        Assert.Equal("GALA,2026,4500000,2000000,2000000,2500000", lines[1]);
        Assert.Equal("GALA,2027,4500000,1000000,3000000,3500000", lines[2]);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task Auditor_ReadsTheSpukAccountingAndTheBudget_ButBooksNothing()
    {
        var municipality = await HilversumLinesAsync();
        using var auditor = app.As("auditor", "accountant");

        var accounting = await auditor.GetAsync($"/api/budget/{municipality}/spuk-accounting.csv");
        var budget = await auditor.GetAsync($"/api/budget/{municipality}/2026");
        var booking = await auditor.PostAsJsonAsync("/api/expenditures", new JsonObject
        {
            ["municipality"] = municipality, ["year"] = 2026, ["lineCode"] = "gala", ["amountCents"] = 100, ["description"] = "x",
        });

        Assert.Equal(HttpStatusCode.OK, accounting.StatusCode);
        Assert.Equal(await app.As("policy").GetStringAsync($"/api/budget/{municipality}/spuk-accounting.csv"),
            await accounting.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, budget.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, booking.StatusCode);
    }

    [Theory]
    [InlineData("from=2030&to=2024", "to")]
    [InlineData("from=2024&to=2060", "to")]
    [InlineData("to=2030", "from")]
    public async Task MultiYear_WithBadRange_IsRefusedNamingTheField(string query, string field)
    {
        var response = await app.As("policy").GetAsync($"/api/budget/GM0402?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.ErrorFieldsAsync());
    }

    private async Task<string> HilversumLinesAsync()
    {
        var municipality = await app.CreateSchemeAsync();
        foreach (var year in new[] { 2026, 2027, 2028 })
        {
            await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(20_000_000), year);
            if (year <= 2027)
            {
                var gala = BudgetHelpers.Line(4_500_000, "spuk", fundsAppreciation: false, grantCode: "GALA");
                gala["grantLastYear"] = 2027;
                await app.PutLineAsync(municipality, "spuk-gala", gala, year);
            }
        }

        await ExpenseAsync(municipality, 2026, 2_000_000);
        await ExpenseAsync(municipality, 2027, 1_000_000);
        return municipality;
    }

    private async Task ExpenseAsync(string municipality, int year, long amount)
    {
        var response = await app.As("policy").PostAsJsonAsync("/api/expenditures", new JsonObject
        {
            ["municipality"] = municipality, ["year"] = year, ["lineCode"] = "spuk-gala", ["amountCents"] = amount,
            ["description"] = "Mantelzorgondersteuning",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
