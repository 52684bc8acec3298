using Dapper;

namespace Waardering.Web.Tests.Infrastructure;

/// <summary>Counts this test's own rows, to show that a refusal wrote nothing.</summary>
public static class Rows
{
    public static async Task<int> RequestsOfAsync(this WebAppFixture app, string municipality)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>("""
            select count(*) from requests r join schemes s on s.id = r.scheme_id where s.municipality_code = @municipality
            """, new { municipality });
    }

    /// <summary>Budget alerts to policy staff about this test's own municipality.</summary>
    public static async Task<int> BudgetAlertsAsync(this WebAppFixture app, string municipality)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>(
            "select count(*) from outbox_mails where template = 'budget-alert' and municipality_code = @municipality",
            new { municipality });
    }

    public static async Task<int> OutboxMailsToAsync(this WebAppFixture app, string address)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>(
            "select count(*) from outbox_mails where to_address = @address", new { address });
    }

    /// <summary>The stored status code of a request.</summary>
    public static async Task<string> StatusOfAsync(this WebAppFixture app, string requestId)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<string>("select status from requests where id = @id", new { id = Guid.Parse(requestId) });
    }

    /// <summary>The actions on a request's audit trail, in order.</summary>
    public static async Task<List<string>> AuditActionsAsync(this WebAppFixture app, string requestId)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<string>(
            "select action from audit_events where request_id = @id order by occurred_at, id", new { id = Guid.Parse(requestId) })).ToList();
    }

    /// <summary>Who did what to a request, through which channel, as the trail stored it.</summary>
    public static async Task<List<(string Action, string Actor, string Channel)>> AuditTrailAsync(this WebAppFixture app, string requestId)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<(string, string, string)>(
            "select action, actor, channel from audit_events where request_id = @id order by occurred_at, id",
            new { id = Guid.Parse(requestId) })).ToList();
    }

    /// <summary>The words a CHECK constraint of the form <c>status in (...)</c> allows, in its order.</summary>
    public static async Task<List<string>> CheckedCodesAsync(this WebAppFixture app, string table, string constraint)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var definition = await connection.QuerySingleAsync<string>(
            "select pg_get_constraintdef(oid) from pg_constraint where conrelid = @table::regclass and conname = @constraint",
            new { table, constraint });
        return System.Text.RegularExpressions.Regex.Matches(definition, "'([^']*)'").Select(m => m.Groups[1].Value).ToList();
    }
}
