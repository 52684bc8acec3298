using System.Text.Json;
using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;
using Waardering.Data.Database;

namespace Waardering.Data.Requests;

/// <summary>What the trail records for a change of status: who, which action, when, and its details.</summary>
public sealed record TransitionEvent(Actor Actor, string Action, Instant Now, object? Details = null);

/// <summary>
/// The one place where a request's status changes. Each change is checked against the Domain's
/// rule (<see cref="RequestLife.CanBecome"/>) and writes its audit event in the caller's
/// transaction, so no transition can skip the trail. Other columns that change with the status
/// (who decided, the co-sign token) are set in the same statement.
/// </summary>
public static class RequestTransitions
{
    /// <summary>
    /// Changes one request the caller has read (and locked) in <paramref name="from"/>. A change
    /// the rule does not allow, or a request no longer in <paramref name="from"/>, is refused with
    /// an exception: callers decide their outcome before they change anything.
    /// </summary>
    public static async Task ChangeAsync(NpgsqlTransaction transaction, Guid requestId, RequestStatus from, RequestStatus to,
        TransitionEvent audit, string? alsoSet = null, object? alsoParameters = null, CancellationToken cancellationToken = default)
    {
        Check(from, to);
        var parameters = new DynamicParameters(alsoParameters);
        parameters.AddDynamicParams(new { transitionRequestId = requestId, transitionFrom = from.Code(), transitionTo = to.Code() });
        var changed = await transaction.Connection!.ExecuteAsync(new CommandDefinition($"""
            update requests set status = @transitionTo{Also(alsoSet)}
            where id = @transitionRequestId and status = @transitionFrom
            """, parameters, transaction, cancellationToken: cancellationToken));
        if (changed != 1)
        {
            throw new InvalidOperationException($"Request {requestId} is not {from.Code()}; it cannot become {to.Code()}.");
        }

        await AuditLog.WriteAsync(transaction.Connection!, transaction, audit.Actor, audit.Action, audit.Now, requestId,
            details: audit.Details, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Changes every request in <paramref name="from"/> that <paramref name="where"/> selects, in
    /// one statement that writes one audit event per changed request. <paramref name="joins"/> is
    /// an update's <c>from</c> list (the request is <c>r</c>). Answers the changed requests' ids.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> ChangeAllAsync(NpgsqlTransaction transaction, RequestStatus from, RequestStatus to,
        string where, object parameters, TransitionEvent audit, string? joins = null, string? alsoSet = null,
        CancellationToken cancellationToken = default)
    {
        Check(from, to);
        var all = new DynamicParameters(parameters);
        all.AddDynamicParams(new
        {
            transitionTo = to.Code(), transitionAt = audit.Now, transitionActor = audit.Actor.Name, transitionActorSubject = audit.Actor.Subject,
            transitionChannel = audit.Actor.Channel.Code(), transitionAction = audit.Action,
            transitionDetails = JsonSerializer.Serialize(audit.Details ?? new { }),
        });
        // The status the rows leave is a constant of the statement, not a parameter, so a partial
        // index on it can serve (requests_awaiting_co_sign in db/migrations/0005_cosigning.sql).
        var ids = await transaction.Connection!.QueryAsync<Guid>(new CommandDefinition($"""
            with changed as (
                update requests r set status = @transitionTo{Also(alsoSet)}
                {(joins is null ? "" : $"from {joins}")}
                where r.status = {SqlCodes.Literal(from)} and ({where})
                returning r.id)
            insert into audit_events (occurred_at, actor, actor_subject, channel, action, request_id, details)
            select @transitionAt, @transitionActor, @transitionActorSubject, @transitionChannel, @transitionAction, id, cast(@transitionDetails as jsonb)
            from changed
            returning request_id
            """, all, transaction, cancellationToken: cancellationToken));
        return ids.ToList();
    }

    /// <summary>
    /// Reads a request's status and locks the row until the transaction ends, so that what the
    /// caller decides from it still holds when it changes it; null when there is no such request.
    /// </summary>
    public static async Task<RequestStatus?> LockAsync(NpgsqlTransaction transaction, Guid requestId, CancellationToken cancellationToken)
    {
        var status = await transaction.Connection!.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "select status from requests where id = @requestId for update", new { requestId }, transaction,
            cancellationToken: cancellationToken));
        return status is null ? null : Codes.Parse<RequestStatus>(status);
    }

    private static void Check(RequestStatus from, RequestStatus to)
    {
        if (!RequestLife.CanBecome(from, to))
        {
            throw new InvalidOperationException($"A request that is {from.Code()} cannot become {to.Code()}.");
        }
    }

    private static string Also(string? alsoSet) => alsoSet is null ? "" : $", {alsoSet}";
}
