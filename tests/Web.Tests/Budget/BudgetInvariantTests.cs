using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Budget;

/// <summary>Invariant 1: the sum of granted amounts never exceeds the budget, also under parallel approvals.</summary>
public sealed class BudgetInvariantTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Approve_FiftyInParallelOnABudgetForForty_GrantsExactlyForty()
    {
        // The floor equals the base, so the amount cannot fall: the budget holds exactly 40 awards.
        var scheme = Bodies.Scheme();
        scheme["floorAmountCents"] = 15000;
        var municipality = await app.CreateSchemeAsync(scheme);
        await app.PutLineAsync(municipality, "spuk-gala", BudgetHelpers.Line(10 * 15000, "spuk", grantCode: "GALA"));
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(30 * 15000));
        var ids = new List<string>();
        for (var i = 0; i < 50; i++)
        {
            ids.Add(await app.SubmitAsync(municipality, caregivers: 1 + (i % 3)));
        }

        var responses = await Task.WhenAll(ids.Select(id => app.DecideAsync(id, approve: true)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var statuses = await Task.WhenAll(responses.Select(async r => (string?)(await r.ReadJsonAsync())["status"]));
        Assert.Equal(40, statuses.Count(s => s == "approved"));
        Assert.Equal(10, statuses.Count(s => s == "waitingForBudget"));

        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var granted = await connection.QuerySingleAsync<(long Caregivers, long Charged, long Lines)>("""
            select
                (select sum(c.amount_cents) from request_caregivers c join requests r on r.id = c.request_id
                 join schemes s on s.id = r.scheme_id where s.municipality_code = @municipality and r.status = 'approved'),
                (select sum(a.amount_cents) from award_charges a join budget_lines l on l.id = a.budget_line_id
                 where l.municipality_code = @municipality),
                (select sum(awarded_cents) from budget_lines where municipality_code = @municipality)
            """, new { municipality });
        Assert.Equal(40 * 15000, granted.Caregivers);
        Assert.Equal(40 * 15000, granted.Charged);
        Assert.Equal(40 * 15000, granted.Lines);

        var budget = await app.BudgetAsync(municipality);
        Assert.All(budget["lines"]!.AsArray(), l => Assert.Equal(0, (long?)l!["remainingCents"]));
        Assert.Equal(10, (int?)budget["waitingForBudget"]);
        var recompute = await (await app.As("policy").PostAsync($"/api/schemes/{municipality}/2026/recompute", null)).ReadJsonAsync();
        Assert.True((bool)recompute["budgetExhausted"]!);
        Assert.True((bool?)(await app.BudgetAsync(municipality))["budgetExhausted"]);
        Assert.Equal(1, await app.BudgetAlertsAsync(municipality));
    }

    [Fact]
    public async Task Approve_SpendsTheGrantFirstAndSpreadsWhenItRunsOut()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "a-eigen", BudgetHelpers.Line(1_000_000));
        await app.PutLineAsync(municipality, "z-spuk", BudgetHelpers.Line(10000, "spuk", grantCode: "GALA"));

        var decision = await app.DecideAsync(await app.SubmitAsync(municipality), approve: true);

        Assert.Equal("approved", (string?)(await decision.ReadJsonAsync())["status"]);
        var lines = (await app.BudgetAsync(municipality))["lines"]!.AsArray();
        Assert.Equal(10000, (long?)lines.Single(l => (string?)l!["code"] == "z-spuk")!["committedCents"]);
        Assert.Equal(5000, (long?)lines.Single(l => (string?)l!["code"] == "a-eigen")!["committedCents"]);
    }

    [Fact]
    public async Task Decide_Twice_IsConflict()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        var id = await app.SubmitAsync(municipality);
        await app.DecideAsync(id, approve: true);

        var again = await app.DecideAsync(id, approve: false, reasonCode: "duplicate");

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(15000, (long?)(await app.BudgetAsync(municipality))["lines"]![0]!["committedCents"]);
    }

    [Fact]
    public async Task Approve_BeforeTheRecipientCoSigned_IsConflict()
    {
        var scheme = Bodies.Scheme();
        scheme["coSignRequired"] = true;
        var municipality = await app.CreateSchemeAsync(scheme);
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        var body = Bodies.Request(municipality);
        body["submittedBy"] = "caregiver";
        var id = (string)(await (await app.Anonymous().PostAsJsonAsync("/api/requests", body)).ReadJsonAsync())["id"]!;

        var response = await app.DecideAsync(id, approve: true);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(0, (long?)(await app.BudgetAsync(municipality))["lines"]![0]!["committedCents"]);
    }

    [Fact]
    public async Task Reject_WithoutReasonCode_IsRefused()
    {
        var municipality = await app.CreateSchemeAsync();
        var id = await app.SubmitAsync(municipality);

        var response = await app.As("officer").PostAsync($"/api/requests/{id}/decision", HttpExtensions.Json(new JsonObject { ["approve"] = false }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("reasonCode", await response.ErrorFieldsAsync());
    }
}
