using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Payouts;

/// <summary>What a batch holds to: no award in two batches, even when officers build at once; no IBAN change while an award is in one.</summary>
public sealed class PayoutBatchRulesTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task CorrectIban_WhileTheAwardIsInABatch_IsRefused()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        var id = await app.SubmitAsync(municipality);
        await app.DecideAsync(id, approve: true);
        await app.As("officer").PostAsJsonAsync("/api/payout-batches", Key(municipality));

        var response = await app.As("officer").PutAsJsonAsync($"/api/requests/{id}/caregivers/1/iban", new JsonObject { ["iban"] = "NL20INGB0001234567" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("iban", await response.ErrorFieldsAsync());
    }

    [Fact]
    public async Task Batches_BuiltByTwoOfficersAtOnce_NeverShareAnAward()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(10_000_000));
        for (var i = 0; i < 30; i++)
        {
            await app.DecideAsync(await app.SubmitAsync(municipality, caregivers: 1 + (i % 3)), approve: true);
        }

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            app.As("officer", $"officer{i}").PostAsJsonAsync("/api/payout-batches", Key(municipality))));

        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.UnprocessableEntity, $"{r.StatusCode}"));
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var payments = await connection.QuerySingleAsync<(int Payments, int Awards)>("""
            select count(*)::int, count(distinct (p.request_id, p.caregiver_position))::int
            from payments p join payout_batches b on b.id = p.batch_id where b.municipality_code = @municipality
            """, new { municipality });
        Assert.Equal(60, payments.Awards); // 30 requests with 1, 2 or 3 caregivers
        Assert.Equal(payments.Awards, payments.Payments);
    }

    private static JsonObject Key(string municipality) => new() { ["municipality"] = municipality, ["year"] = 2026 };
}
