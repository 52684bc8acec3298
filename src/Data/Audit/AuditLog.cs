using System.Text.Json;
using Dapper;
using NodaTime;
using Npgsql;

namespace Waardering.Data.Audit;

/// <summary>Who did something, and through which channel (web, counter, phone, paper, api, worker).</summary>
public sealed record Actor(string Name, string Channel)
{
    public static readonly Actor Citizen = new("citizen", "web");
    public static readonly Actor Worker = new("worker", "worker");
}

public sealed record AuditEvent(
    long Id, Instant OccurredAt, string Actor, string Channel, string Action, Guid? RequestId, Guid? BatchId, string Details);

/// <summary>
/// Appends to the audit trail, inside the transaction of the change it records, so the trail
/// holds exactly what happened.
/// </summary>
public static class AuditLog
{
    public static Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Actor actor, string action,
        Instant now, Guid? requestId = null, Guid? batchId = null, object? details = null,
        CancellationToken cancellationToken = default) =>
        connection.ExecuteAsync(new CommandDefinition("""
            insert into audit_events (occurred_at, actor, channel, action, request_id, batch_id, details)
            values (@now, @Name, @Channel, @action, @requestId, @batchId, cast(@details as jsonb))
            """, new
            {
                now, actor.Name, actor.Channel, action, requestId, batchId,
                details = JsonSerializer.Serialize(details ?? new { }),
            }, transaction, cancellationToken: cancellationToken));

    public static async Task<IReadOnlyList<AuditEvent>> ForRequestAsync(NpgsqlDataSource dataSource, Guid requestId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditEvent>(new CommandDefinition("""
            select id, occurred_at, actor, channel, action, request_id, batch_id, details::text as details
            from audit_events where request_id = @requestId order by occurred_at, id
            """, new { requestId }, cancellationToken: cancellationToken));
        return rows.ToList();
    }
}
