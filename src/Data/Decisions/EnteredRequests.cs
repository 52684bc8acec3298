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
    /// Whether <paramref name="officer"/> entered the request or added a caregiver to it, told apart by subject; an event
    /// written before subjects were kept is compared by name.
    /// </summary>
    public static async Task<bool> EnteredByAsync(NpgsqlTransaction transaction, Guid requestId, Actor officer, CancellationToken cancellationToken)
    {
        var entered = await transaction.Connection!.QueryAsync<(string Actor, string? ActorSubject)>(new CommandDefinition("""
            select actor, actor_subject from audit_events
            where request_id = @requestId and (action = 'submitted' and channel <> @web or action = @added)
            """, new { requestId, web = Channel.Web.Code(), added = Requests.CaregiverAddition.Action }, transaction, cancellationToken: cancellationToken));
        return entered.Any(e => e.ActorSubject is null ? e.Actor == officer.Name : e.ActorSubject == officer.Subject);
    }
}
