using System.Text.Json;
using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Database;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Audit;

/// <summary>
/// Who did something, and through which channel. A member of staff is identified by their
/// <paramref name="Subject"/> (the token's <c>sub</c>); the name is only how they are shown, and may change.
/// </summary>
public sealed record Actor(string Name, Channel Channel, string? Subject = null)
{
    public static readonly Actor Citizen = new("citizen", Channel.Web);
    public static readonly Actor Worker = new("worker", Channel.Worker);

    /// <summary>The recipient through a mail link (co-signing).</summary>
    public static readonly Actor Recipient = new("recipient", Channel.Web);

    /// <summary>A caregiver through a mail link (consent, check-in).</summary>
    public static readonly Actor Caregiver = new("caregiver", Channel.Web);
}

public sealed record AuditEvent(
    long Id, Instant OccurredAt, string Actor, string Channel, string Action, Guid? RequestId, Guid? BatchId, string Details,
    string? ActorSubject = null);

/// <summary>
/// Appends to the audit trail, inside the transaction of the change it records, so the trail
/// holds exactly what happened.
/// </summary>
public static class AuditLog
{
    private const string InsertSql = """
        insert into audit_events (occurred_at, actor, actor_subject, channel, action, request_id, batch_id, details)
        values (@now, @Name, @Subject, @Channel, @action, @requestId, @batchId, cast(@details as jsonb))
        """;

    public static Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Actor actor, string action,
        Instant now, Guid? requestId = null, Guid? batchId = null, object? details = null,
        CancellationToken cancellationToken = default) =>
        connection.ExecuteAsync(new CommandDefinition(InsertSql, new
            {
                now, actor.Name, actor.Subject, Channel = actor.Channel.Code(), action, requestId, batchId,
                details = JsonSerializer.Serialize(details ?? new { }),
            }, transaction, cancellationToken: cancellationToken));

    /// <summary>The same event, sent with the other writes of its change.</summary>
    public static void Add(StatementBatch batch, Actor actor, string action, Instant now, Guid? requestId = null, object? details = null) =>
        batch.Add(InsertSql, ("now", now), ("Name", actor.Name), ("Subject", actor.Subject), ("Channel", actor.Channel.Code()), ("action", action),
            ("requestId", requestId), ("batchId", null), ("details", JsonSerializer.Serialize(details ?? new { })));

    /// <summary>The columns of an <see cref="AuditEvent"/>, read from <c>audit_events e</c>.</summary>
    internal const string Columns = """
        e.id, e.occurred_at, e.actor, e.channel, e.action, e.request_id, e.batch_id, e.details::text as details, e.actor_subject
        """;

    /// <summary>The events of a scheme year (<c>@municipality</c>, <c>@year</c>): its requests' and its payout batches'.</summary>
    internal const string OfScheme = """
        (e.request_id in (select r.id from requests r join schemes s on s.id = r.scheme_id
                          where s.municipality_code = @municipality and s.year = @year)
         or e.batch_id in (select id from payout_batches where municipality_code = @municipality and year = @year))
        """;

    /// <summary>The trail of a scheme year for an auditor: its requests' events and its payout batches' events, in order.</summary>
    public static async Task<IReadOnlyList<AuditEvent>> ForSchemeAsync(
        NpgsqlDataSource dataSource, string municipality, int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditEvent>(new CommandDefinition($"""
            select {Columns}
            from audit_events e
            where {OfScheme}
            order by e.occurred_at, e.id
            """, new { municipality, year }, cancellationToken: cancellationToken, commandTimeout: 120));
        return rows.ToList();
    }

    public static async Task<IReadOnlyList<AuditEvent>> ForRequestAsync(NpgsqlDataSource dataSource, Guid requestId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditEvent>(new CommandDefinition("""
            select id, occurred_at, actor, channel, action, request_id, batch_id, details::text as details, actor_subject
            from audit_events where request_id = @requestId order by occurred_at, id
            """, new { requestId }, cancellationToken: cancellationToken));
        return rows.ToList();
    }
}
