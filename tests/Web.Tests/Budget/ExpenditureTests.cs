using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Budget;

/// <summary>What is spent on a budget line: charged to it, never above what is left, and holding the line's amount and source in place.</summary>
public sealed class ExpenditureTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Expenditure_IsChargedToTheLine()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(20_000_000));

        var response = await PostExpenditureAsync(municipality, "waardering", 5_000_000);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var line = (await app.BudgetAsync(municipality))["lines"]![0]!;
        Assert.Equal(5_000_000, (long?)line["spentCents"]);
        Assert.Equal(15_000_000, (long?)line["remainingCents"]);
    }

    [Fact]
    public async Task LineAndExpenditure_AreOnTheTrail_WithTheStaffMembersSubject_AndARefusalIsNot()
    {
        var municipality = await app.CreateSchemeAsync();
        using var policy = app.AsSubject("policy", "idp|beleid-7", "Beleid Zeven");
        Assert.Equal(HttpStatusCode.Created, (await policy.PutAsJsonAsync(
            $"/api/budget-lines/{municipality}/2026/waardering", BudgetHelpers.Line(1_000_000))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await policy.PostAsJsonAsync("/api/expenditures", Expenditure(municipality, "waardering", 400_000))).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity,
            (await policy.PostAsJsonAsync("/api/expenditures", Expenditure(municipality, "waardering", 600_001))).StatusCode);

        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var events = (await connection.QueryAsync<(string Action, string Actor, string? Subject, long Amount)>("""
            select action, actor, actor_subject, (details->>'amountCents')::bigint from audit_events
            where details->>'municipality' = @municipality order by id
            """, new { municipality })).ToList();
        Assert.Equal(
            [("budget-line-created", "Beleid Zeven", (string?)"idp|beleid-7", 1_000_000L), ("expenditure-recorded", "Beleid Zeven", "idp|beleid-7", 400_000L)],
            events);
    }

    [Fact]
    public async Task Expenditure_AboveWhatIsLeft_IsRefusedAndWritesNothing()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        await PostExpenditureAsync(municipality, "waardering", 800_000);

        var response = await PostExpenditureAsync(municipality, "waardering", 200_001);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("amountCents", await response.ErrorFieldsAsync());
        Assert.Equal(800_000, (long?)(await app.BudgetAsync(municipality))["lines"]![0]!["spentCents"]);
    }

    [Fact]
    public async Task Expenditure_OnUnknownLine_IsRefused()
    {
        var municipality = await app.CreateSchemeAsync();

        var response = await PostExpenditureAsync(municipality, "bestaat-niet", 100);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("lineCode", await response.ErrorFieldsAsync());
    }

    [Fact]
    public async Task Expenditure_OnAClosedYear_IsRefused()
    {
        var municipality = await app.CreateSchemeAsync(Bodies.Scheme(2024), year: 2024);
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000), year: 2024);

        var response = await PostExpenditureAsync(municipality, "waardering", 100, year: 2024);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("year", await response.ErrorFieldsAsync());
    }

    [Fact]
    public async Task Put_LoweringBelowWhatIsSpent_IsRefused()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        await PostExpenditureAsync(municipality, "waardering", 600_000);

        var response = await app.As("policy").PutAsJsonAsync($"/api/budget-lines/{municipality}/2026/waardering", BudgetHelpers.Line(599_999));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("amountCents", await response.ErrorFieldsAsync());
        Assert.Equal(1_000_000, (long?)(await app.BudgetAsync(municipality))["lines"]![0]!["budgetCents"]);
    }

    [Fact]
    public async Task Put_ReusingTheCodeOfALineWithSpendingForAnotherSource_IsConflict()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "ondersteuning", BudgetHelpers.Line(1_000_000, "spuk", grantCode: "GALA"));
        await PostExpenditureAsync(municipality, "ondersteuning", 100_000);

        var response = await app.As("policy").PutAsJsonAsync($"/api/budget-lines/{municipality}/2026/ondersteuning", BudgetHelpers.Line(1_000_000));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("code", await response.ErrorFieldsAsync());
        Assert.Equal("spuk", (string?)(await app.BudgetAsync(municipality))["lines"]![0]!["source"]);
    }

    private Task<HttpResponseMessage> PostExpenditureAsync(string municipality, string line, long amount, int year = 2026) =>
        app.As("policy").PostAsJsonAsync("/api/expenditures", Expenditure(municipality, line, amount, year));

    private static JsonObject Expenditure(string municipality, string line, long amount, int year = 2026) => new()
    {
        ["municipality"] = municipality, ["year"] = year, ["lineCode"] = line, ["amountCents"] = amount,
        ["description"] = "Week van de mantelzorg",
    };
}
