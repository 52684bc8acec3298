using Dapper;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Decisions;

/// <summary>
/// Four eyes on a request entered by staff: the officer who entered it (at the counter, by phone,
/// from paper) chose its IBAN, so another officer decides it; so does the officer who added a
/// caregiver to it later (<see cref="Requests.CaregiverAddition"/>), who chose an IBAN too. Who did
/// is read from the "submitted" and "caregiver-added" events, the trail's record that nobody edits.
/// </summary>
public static class EnteredRequests
{
    /// <summary>
    /// The rule in SQL, also for a list (bulk decisions): true when the request <c>r</c> was entered,
    /// or had a caregiver added, by the officer with subject <c>@officerSubject</c> (or, for old
    /// events, name <c>@officerName</c>): either way that officer chose an IBAN it pays to.
    /// </summary>
    public const string EnteredBySql = $"""
        exists (select 1 from audit_events e where e.request_id = r.id
            and (e.action = '{Submitted}' and e.channel <> 'web' or e.action = '{Requests.CaregiverAddition.Action}')
            and (case when e.actor_subject is null then e.actor = @officerName else e.actor_subject = @officerSubject end))
        """;

    /// <summary>
    /// Whether <paramref name="officer"/> entered the request or added a caregiver to it, told apart
    /// by subject; an event written before subjects were kept is compared by name.
    /// </summary>
    public static async Task<bool> EnteredByAsync(NpgsqlTransaction transaction, Guid requestId, Actor officer, CancellationToken cancellationToken) =>
        await transaction.Connection!.ExecuteScalarAsync<bool>(new CommandDefinition(
            $"select {EnteredBySql} from requests r where r.id = @requestId",
            new { requestId, officerName = officer.Name, officerSubject = officer.Subject }, transaction, cancellationToken: cancellationToken));

    /// <summary>The same question asked of a request's trail already read: does it hold <paramref name="officer"/>'s entry of it, or a caregiver they added?</summary>
    public static bool EnteredBy(IEnumerable<AuditEvent> trail, Actor officer) =>
        trail.Any(e => (IsEntry(e) || e.Action == Requests.CaregiverAddition.Action) && IsBy(e.Actor, e.ActorSubject, officer));

    /// <summary>The trail's record that staff entered the request (not a citizen on the web), if they did.</summary>
    public static AuditEvent? Entry(IEnumerable<AuditEvent> trail) => trail.FirstOrDefault(IsEntry);

    private const string Submitted = "submitted";

    private static bool IsEntry(AuditEvent e) => e.Action == Submitted && e.Channel != Channel.Web.Code();

    private static bool IsBy(string actor, string? actorSubject, Actor officer) =>
        actorSubject is null ? actor == officer.Name : actorSubject == officer.Subject;
}
