using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Payouts;

/// <summary>A scheme of its own with approved awards, and the payments' rows as stored.</summary>
public static class PayoutHelpers
{
    public const string NewIban = "NL20INGB0001234567";

    /// <summary>A new scheme with budget and <paramref name="requests"/> approved requests of one caregiver each.</summary>
    public static async Task<(string Municipality, List<string> Requests)> ApprovedAwardsAsync(this WebAppFixture app, int requests = 1)
    {
        var municipality = await app.CreateSchemeAsync();
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(1_000_000));
        var ids = new List<string>();
        for (var i = 0; i < requests; i++)
        {
            var id = await app.SubmitAsync(municipality);
            Assert.Equal(HttpStatusCode.OK, (await app.DecideAsync(id, approve: true)).StatusCode);
            ids.Add(id);
        }

        return (municipality, ids);
    }

    public static JsonObject Key(string municipality) => new() { ["municipality"] = municipality, ["year"] = 2026 };

    public static Task<HttpResponseMessage> BuildBatchAsync(this HttpClient officer, string municipality) =>
        officer.PostAsJsonAsync("/api/payout-batches", Key(municipality));

    public static Task<HttpResponseMessage> ProposeIbanAsync(this HttpClient officer, string requestId, string iban = NewIban) =>
        officer.PutAsJsonAsync($"/api/requests/{requestId}/caregivers/1/iban", new JsonObject { ["iban"] = iban });

    public static Task<HttpResponseMessage> ConfirmIbanAsync(this HttpClient officer, string requestId) =>
        officer.PostAsync($"/api/requests/{requestId}/caregivers/1/iban/confirmation", null);

    /// <summary>The payments of a municipality's batches: end-to-end id, request, status, IBAN, amount.</summary>
    public static async Task<List<(string EndToEndId, Guid RequestId, string Status, string Iban, long AmountCents)>> PaymentsAsync(
        this WebAppFixture app, string municipality)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<(string, Guid, string, string, long)>("""
            select p.end_to_end_id, p.request_id, p.status, p.iban, p.amount_cents
            from payments p join payout_batches b on b.id = p.batch_id
            where b.municipality_code = @municipality order by p.end_to_end_id
            """, new { municipality })).ToList();
    }
}
