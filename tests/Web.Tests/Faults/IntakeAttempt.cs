using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Faults;

/// <summary>
/// One intake under fault: a request whose recipient and caregiver are named in it alone (so its
/// caregiver gets a register entry and consent link of their own), sent with an Idempotency-Key
/// of its own, so that the rows it wrote can be found and counted.
/// </summary>
public sealed record IntakeAttempt(string Key, string RecipientName, JsonObject Body)
{
    public static IntakeAttempt New(string municipality)
    {
        var body = Bodies.Request(municipality);
        body["caregivers"]![0]!["name"] = $"Mantelzorger {Guid.NewGuid():N}";
        return new IntakeAttempt(Guid.NewGuid().ToString("N"), (string)body["recipient"]!["name"]!, body);
    }

    public HttpRequestMessage Message()
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/api/requests") { Content = HttpExtensions.Json(Body) };
        message.Headers.Add("Idempotency-Key", Key);
        return message;
    }

    /// <summary>The rows one intake adds to each table, measured on one sent now; it writes to every one of the intake's tables.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> RowsOfOneAsync(WebAppFixture app, string municipality)
    {
        var before = await app.WrittenRowsAsync(municipality);
        using var client = app.Anonymous();
        using var response = await client.SendAsync(New(municipality).Message());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var rows = (await app.WrittenRowsAsync(municipality)).RowsSince(before);
        Assert.All(WrittenRows.IntakeTables, table => Assert.True(rows[table] > 0, $"an intake wrote no row to {table}"));
        return rows;
    }

    public static Dictionary<string, long> Times(IReadOnlyDictionary<string, long> perIntake, int intakes) =>
        perIntake.ToDictionary(t => t.Key, t => t.Value * intakes);

    /// <summary>The stored requests of each attempt, by its key: found by the recipient's name, which only that attempt used.</summary>
    public static async Task<ILookup<string, Guid>> StoredAsync(WebAppFixture app, IEnumerable<IntakeAttempt> attempts)
    {
        var keyOf = attempts.ToDictionary(a => a.RecipientName, a => a.Key);
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(string Name, Guid Id)>(
            "select recipient_name, id from requests where recipient_name = any(@names)", new { names = keyOf.Keys.ToArray() });
        return rows.ToLookup(r => keyOf[r.Name], r => r.Id);
    }
}
