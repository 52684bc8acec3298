using System.Text.Json.Nodes;
using Dapper;
using NodaTime;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Budget;

/// <summary>
/// Closing an after-close scheme grants all approved requests in a few statements; what it writes
/// must be what granting them one by one by the Domain's rules writes (<see cref="ClosingReference"/>):
/// the same parts to the cent, the same charges to the same lines, the same requests left waiting.
/// </summary>
public sealed class SchemeClosingTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    private const int Requests = 240;

    [Theory]
    // Per request, weights 1-3: remainders in the split, enough budget for all (€ 100,00 each).
    [InlineData("perRequest", 5000, 1_200_007, 1_200_010)]
    // Per request below the floor: the first ones in approval order get the floor, the rest wait.
    [InlineData("perRequest", 12000, 1_000_000, 800_000)]
    // Per caregiver below the floor: once a request does not fit, later smaller ones still may.
    [InlineData("perCaregiver", 5000, 1_000_000, 1_234_567)]
    public async Task Closing_GrantsWhatGrantingOneByOneWould(string splitMode, long floor, long firstLine, long secondLine)
    {
        var scheme = Bodies.Scheme();
        scheme["payoutMode"] = "afterClose";
        scheme["splitMode"] = splitMode;
        scheme["floorAmountCents"] = floor;
        scheme["stepCents"] = 1;
        var municipality = await app.CreateSchemeAsync(scheme);
        await app.PutLineAsync(municipality, "a-gemeente", BudgetHelpers.Line(firstLine));
        await app.PutLineAsync(municipality, "b-gemeente", BudgetHelpers.Line(secondLine));
        await SubmitAndApproveAsync(municipality);

        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var expected = await ClosingReference.ComputeAsync(connection, municipality);
        app.Clock.Reset(Instant.FromUtc(2027, 1, 2, 12, 0));
        var close = await (await app.As("policy").PostAsync($"/api/schemes/{municipality}/2026/recompute", null)).ReadJsonAsync();

        Assert.Equal(expected.UnitCents, (long)close["currentAmountCents"]!);
        var rows = (await connection.QueryAsync<(Guid Id, string Status, long Unit, bool Granted)>("""
            select r.id, r.status, r.unit_amount_cents, r.granted_at is not null from requests r join schemes s on s.id = r.scheme_id
            where s.municipality_code = @municipality
            """, new { municipality })).ToList();
        Assert.Equal(Requests, rows.Count);
        Assert.Equal(expected.Waiting.OrderBy(id => id), rows.Where(r => r.Status == "waitingForBudget").Select(r => r.Id).OrderBy(id => id));
        Assert.All(rows.Where(r => r.Status == "approved"), r => Assert.True(r.Granted && r.Unit == expected.UnitCents));
        var parts = (await connection.QueryAsync<(Guid Id, int Position, long Amount)>("""
            select c.request_id, c.position, c.amount_cents from request_caregivers c
            join requests r on r.id = c.request_id join schemes s on s.id = r.scheme_id
            where s.municipality_code = @municipality and r.granted_at is not null
            """, new { municipality })).ToDictionary(p => (p.Id, p.Position), p => p.Amount);
        Assert.Equal(expected.Parts.OrderBy(p => p.Key), parts.OrderBy(p => p.Key));
        var charges = (await connection.QueryAsync<(Guid, int, long, long)>("""
            select a.request_id, a.caregiver_position, a.budget_line_id, a.amount_cents from award_charges a
            join requests r on r.id = a.request_id join schemes s on s.id = r.scheme_id where s.municipality_code = @municipality
            """, new { municipality })).ToHashSet();
        Assert.True(expected.Charges.SetEquals(charges));
        var awarded = (await connection.QueryAsync<(long Id, long Awarded)>(
            "select id, awarded_cents from budget_lines where municipality_code = @municipality", new { municipality })).ToDictionary();
        Assert.Equal(expected.Awarded.OrderBy(a => a.Key), awarded.OrderBy(a => a.Key));
        // Each request left waiting has its one event on the trail, and only those.
        var ranOut = await connection.QueryAsync<Guid>("""
            select e.request_id from audit_events e join requests r on r.id = e.request_id join schemes s on s.id = r.scheme_id
            where s.municipality_code = @municipality and e.action = 'budget-ran-out-at-close'
            """, new { municipality });
        Assert.Equal(expected.Waiting.OrderBy(id => id), ranOut.Order());
    }

    /// <summary>Requests of one to three caregivers with weights one to three, approved eight at a time.</summary>
    private async Task SubmitAndApproveAsync(string municipality)
    {
        var ids = new string[Requests];
        await Parallel.ForEachAsync(Enumerable.Range(0, Requests), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (n, _) =>
        {
            var body = Bodies.Request(municipality, caregivers: 1 + (n % 3));
            var caregivers = (JsonArray)body["caregivers"]!;
            for (var i = 0; i < caregivers.Count; i++)
            {
                caregivers[i]!["weight"] = 1 + ((n / 3 + i) % 3);
            }

            ids[n] = await app.SubmitAsync(body);
        });
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (id, _) => (await app.DecideAsync(id, approve: true)).EnsureSuccessStatusCode());
    }
}
