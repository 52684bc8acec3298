using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Budget;

/// <summary>
/// The multi-year plan: Hilversum's table entered through the API gives −45,000 a year from 2027,
/// when SPUK GALA no longer funds support, and sets the plan against what is actually charged.
/// </summary>
public sealed class PlanTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task HilversumsTable_GivesMinus45000FromTheYearAfterGalaEnds()
    {
        var municipality = await app.CreateSchemeAsync();
        using var policy = app.As("policy");
        await policy.EnterHilversumAsync(municipality);

        var plan = await policy.PlanAsync(municipality);

        var years = plan["years"]!.AsArray();
        Assert.Equal(Enumerable.Range(2024, 7), years.Select(y => (int)y!["year"]!));
        Assert.Equal([0, 0, 0, -4_500_000, -4_500_000, -4_500_000, -4_500_000], years.Select(y => (long)y!["differenceCents"]!));
        Assert.Equal([66_000_000, 66_000_000, 66_000_000, 61_500_000], years.Take(4).Select(y => (long)y!["incomeCents"]!));
        Assert.All(years, y => Assert.Equal(66_000_000, (long)y!["plannedCents"]!));
        Assert.All(years.Take(3), y => Assert.Empty(y!["endedGrants"]!.AsArray()));
        Assert.All(years.Skip(3), y => Assert.Equal("GALA:2026",
            string.Join(",", y!["endedGrants"]!.AsArray().Select(g => $"{g!["grantCode"]}:{g["lastYear"]}"))));
        Assert.Equal(8, plan["rows"]!.AsArray().Count);
    }

    [Fact]
    public async Task ActualSpending_IsWhatIsChargedToTheBudgetLinesThatYear()
    {
        var municipality = await app.CreateSchemeAsync();
        using var policy = app.As("policy");
        await policy.SetYearsAsync(municipality, 2025, 2027);
        await app.PutLineAsync(municipality, "ondersteuning", BudgetHelpers.Line(5_000_000, fundsAppreciation: false));
        var expense = await policy.PostAsJsonAsync("/api/expenditures", new JsonObject
        {
            ["municipality"] = municipality, ["year"] = 2026, ["lineCode"] = "ondersteuning", ["amountCents"] = 1_234_500,
            ["description"] = "Dag van de mantelzorg",
        });
        Assert.Equal(HttpStatusCode.Created, expense.StatusCode);

        var years = (await policy.PlanAsync(municipality))["years"]!.AsArray();

        Assert.Equal([0, 1_234_500, 0], years.Select(y => (long)y!["actualCents"]!));
    }

    [Fact]
    public async Task SpukAmountAfterItsLastYear_IsRefusedNamingThatYear_AndNothingIsStored()
    {
        var municipality = await app.CreateSchemeAsync();
        using var policy = app.As("policy");
        await policy.SetYearsAsync(municipality);
        var row = PlanHelpers.Row("income", "SPUK GALA", 4_500_000, "spuk", "GALA", 2026);
        row["amountCents"]!["2027"] = 4_500_000;

        var response = await policy.PostAsJsonAsync($"/api/budget/{municipality}/plan/rows", row);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["amountCents.2027"], await response.ErrorFieldsAsync());
        Assert.Empty((await policy.PlanAsync(municipality))["rows"]!.AsArray());
    }

    public static TheoryData<string, string> BadRows => new()
    {
        { """{"kind":"gift","name":"x"}""", "kind" },
        { """{"kind":"spending","name":" "}""", "name" },
        { """{"kind":"income","name":"Gemeente"}""", "source" },
        { """{"kind":"spending","name":"Formatie","source":"municipal"}""", "source" },
        { """{"kind":"income","name":"SPUK","source":"spuk","grantLastYear":2026}""", "grantCode" },
        { """{"kind":"income","name":"SPUK","source":"spuk","grantCode":"GALA"}""", "grantLastYear" },
        { """{"kind":"income","name":"Gemeente","source":"municipal","grantCode":"GALA"}""", "grantCode" },
        { """{"kind":"spending","name":"Formatie","amountCents":{"2025":-1}}""", "amountCents.2025" },
        { """{"kind":"spending","name":"Formatie","amountCents":{"2031":100}}""", "amountCents" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task BadRow_IsRefusedNamingTheField(string body, string field)
    {
        var municipality = await app.CreateSchemeAsync();
        using var policy = app.As("policy");
        await policy.SetYearsAsync(municipality);

        var response = await policy.PostAsync($"/api/budget/{municipality}/plan/rows", HttpExtensions.Json(JsonNode.Parse(body)!));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await response.ErrorFieldsAsync());
    }

    [Theory]
    [InlineData(2030, 2024, "lastYear")]
    [InlineData(2024, 2060, "lastYear")]
    [InlineData(1990, 2024, "firstYear")]
    public async Task BadYears_AreRefusedNamingTheField(int first, int last, string field)
    {
        var municipality = await app.CreateSchemeAsync();

        var response = await app.As("policy").PutAsJsonAsync($"/api/budget/{municipality}/plan", new JsonObject { ["firstYear"] = first, ["lastYear"] = last });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await response.ErrorFieldsAsync());
    }

    [Fact]
    public async Task ARow_BeforeThePlanHasYears_IsRefused()
    {
        var municipality = await app.CreateSchemeAsync();

        var response = await app.As("policy").PostAsJsonAsync($"/api/budget/{municipality}/plan/rows", PlanHelpers.Row("spending", "Formatie", 100));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["firstYear"], await response.ErrorFieldsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await app.As("policy").GetAsync($"/api/budget/{municipality}/plan")).StatusCode);
    }

    [Fact]
    public async Task ChangingAndRemovingRows_AndNarrowingTheYears_GoOnTheAuditTrailWithWhoDidIt()
    {
        var municipality = await app.CreateSchemeAsync();
        using var policy = app.As("policy", "beleid-plan");
        await policy.SetYearsAsync(municipality);
        var id = await policy.AddRowAsync(municipality, PlanHelpers.Row("spending", "Formatie", 5_000_000));
        var other = await policy.AddRowAsync(municipality, PlanHelpers.Row("spending", "Communicatie", 1_000_000));

        var changed = await policy.PutAsJsonAsync($"/api/budget/{municipality}/plan/rows/{id}", PlanHelpers.Row("spending", "Formatie 0,5 FTE", 6_000_000));
        var removed = await policy.DeleteAsync($"/api/budget/{municipality}/plan/rows/{other}");
        await policy.SetYearsAsync(municipality, 2026, 2027);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await policy.DeleteAsync($"/api/budget/{municipality}/plan/rows/{other}")).StatusCode);
        var row = (await policy.PlanAsync(municipality))["rows"]!.AsArray().Single()!;
        Assert.Equal("Formatie 0,5 FTE", (string?)row["name"]);
        Assert.Equal("""{"2026":6000000,"2027":6000000}""", row["amountCents"]!.ToJsonString());
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var actions = await connection.QueryAsync<string>("""
            select action from audit_events where details->>'municipality' = @municipality and actor_subject = 'beleid-plan' order by id
            """, new { municipality });
        Assert.Equal(["budget-plan-years-set", "budget-plan-row-added", "budget-plan-row-added", "budget-plan-row-changed",
            "budget-plan-row-removed", "budget-plan-years-set"], actions);
    }

    [Fact]
    public async Task Auditor_ReadsThePlan_ButChangesNothing_AndAnOfficerIsRefused()
    {
        var (municipality, id) = await PlanWithOneRowAsync();
        using var policy = app.As("policy");
        using var auditor = app.As("auditor", "accountant");
        var plan = $"/api/budget/{municipality}/plan";

        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync(plan)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PutAsJsonAsync(plan, new JsonObject { ["firstYear"] = 2024, ["lastYear"] = 2025 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsJsonAsync($"{plan}/rows", PlanHelpers.Row("spending", "x", 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PutAsJsonAsync($"{plan}/rows/{id}", PlanHelpers.Row("spending", "x", 1))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.DeleteAsync($"{plan}/rows/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.As("officer").GetAsync(plan)).StatusCode);
        Assert.Single((await policy.PlanAsync(municipality))["rows"]!.AsArray());
    }

    [Fact]
    public async Task AnotherMunicipalitysPlan_IsNotFound_AndItsRowsAreNotTouched()
    {
        var (municipality, id) = await PlanWithOneRowAsync();
        using var policy = app.As("policy");
        var mine = await app.CreateSchemeAsync();
        using var elsewhere = app.As("policy", "elders", [mine]);

        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync($"/api/budget/{municipality}/plan")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.DeleteAsync($"/api/budget/{municipality}/plan/rows/{id}")).StatusCode);
        await elsewhere.SetYearsAsync(mine);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.PutAsJsonAsync($"/api/budget/{mine}/plan/rows/{id}", PlanHelpers.Row("spending", "x", 1))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await elsewhere.DeleteAsync($"/api/budget/{mine}/plan/rows/{id}")).StatusCode);
        Assert.Single((await policy.PlanAsync(municipality))["rows"]!.AsArray());
    }

    private async Task<(string Municipality, long Id)> PlanWithOneRowAsync()
    {
        var municipality = await app.CreateSchemeAsync();
        using var policy = app.As("policy");
        await policy.SetYearsAsync(municipality);
        return (municipality, await policy.AddRowAsync(municipality, PlanHelpers.Row("spending", "Formatie", 5_000_000)));
    }
}
