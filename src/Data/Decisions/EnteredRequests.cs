using Dapper;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Decisions;

/// <summary>
/// Four eyes on a request entered by staff: the officer who entered it (at the counter, by phone,
/// from paper) chose its IBAN, so another officer decides it. Who entered it is read from its
/// "submitted" event, the trail's record that nobody edits.
/// </summary>
public static class EnteredRequests
{
    /// <summary>
    /// Whether <paramref name="officer"/> entered the request, told apart by subject; an event
    /// written before subjects were kept is compared by name.
    /// </summary>
    public static async Task<bool> EnteredByAsync(NpgsqlTransaction transaction, Guid requestId, Actor officer, CancellationToken cancellationToken)
    {
        var entered = await transaction.Connection!.QueryAsync<(string Actor, string? ActorSubject)>(new CommandDefinition("""
            select actor, actor_subject from audit_events
            where request_id = @requestId and action = @Submitted and channel <> @web
            """, new { requestId, Submitted, web = Channel.Web.Code() }, transaction, cancellationToken: cancellationToken));
        return entered.Any(e => IsBy(e.Actor, e.ActorSubject, officer));
    }

    /// <summary>The same question asked of a request's trail already read: does it hold <paramref name="officer"/>'s entry of it?</summary>
    public static bool EnteredBy(IEnumerable<AuditEvent> trail, Actor officer) =>
        trail.Any(e => IsEntry(e) && IsBy(e.Actor, e.ActorSubject, officer));

    /// <summary>The trail's record that staff entered the request (not a citizen on the web), if they did.</summary>
    public static AuditEvent? Entry(IEnumerable<AuditEvent> trail) => trail.FirstOrDefault(IsEntry);

    private const string Submitted = "submitted";

    private static bool IsEntry(AuditEvent e) => e.Action == Submitted && e.Channel != Channel.Web.Code();

    private static bool IsBy(string actor, string? actorSubject, Actor officer) =>
        actorSubject is null ? actor == officer.Name : actorSubject == officer.Subject;
}
