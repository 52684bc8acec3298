using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using NodaTime;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Budget;

/// <summary>
/// Hilversum's appreciation at full size: a € 200.000 line with € 50.000 of collective costs
/// charged through the API, and thousands of open requests inserted in SQL (as bench/Budget/Fill.cs
/// does), since the API would take minutes for them.
/// </summary>
public static class AmountScenario
{
    /// <summary>The window's last day: the recompute forecasts no more arrivals.</summary>
    public static readonly Instant LastDayOfWindow = Instant.FromUtc(2026, 12, 31, 12, 0);

    /// <summary>A scheme with base € 150, the given floor and whole euros, and its budget.</summary>
    public static async Task<string> HilversumBudgetAsync(WebAppFixture app, long floorCents)
    {
        var body = Bodies.Scheme();
        body["floorAmountCents"] = floorCents;
        var municipality = await app.CreateSchemeAsync(body);
        await app.PutLineAsync(municipality, "waardering", BudgetHelpers.Line(20_000_000));
        using var policy = app.As("policy");
        var expenditure = await policy.PostAsJsonAsync("/api/expenditures", new JsonObject
        {
            ["municipality"] = municipality, ["year"] = 2026, ["lineCode"] = "waardering", ["amountCents"] = 5_000_000,
            ["description"] = "Week van de mantelzorg",
        });
        Assert.Equal(HttpStatusCode.Created, expenditure.StatusCode);
        return municipality;
    }

    /// <summary>Inserts this many received requests of one unit each in the scheme, numbered from <paramref name="from"/>.</summary>
    public static async Task InsertOpenRequestsAsync(WebAppFixture app, string municipality, int count, int from = 1)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            insert into requests (id, scheme_id, reference, status, submitted_by, recipient_name, recipient_birth_date,
                recipient_postcode, recipient_house_number, recipient_identity_hash, unit_amount_cents, units,
                status_token_hash, submitted_at)
            select gen_random_uuid(), s.id, s.municipality_code || '-2026-B' || lpad(n::text, 6, '0'), 'received', 'recipient',
                'Zorgvrager ' || n, date '1940-01-01' + n, '1211AB', n::text, sha256((s.municipality_code || n)::bytea), 15000, 1,
                sha256((s.municipality_code || 't' || n)::bytea), timestamptz '2026-10-01 08:00+02' + (n % 90) * interval '1 day'
            from schemes s cross join generate_series(@from, @from + @count - 1) as n
            where s.municipality_code = @municipality and s.year = 2026
            """, new { municipality, count, from });
    }
}
