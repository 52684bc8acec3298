using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Domain.Contact;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Contact;

/// <summary>
/// The groups and background a caregiver reports, kept with the scheme year of the check-in
/// (caregiver_year_answers), so that a later year's answer leaves last year's reach as it was.
/// Only for a caregiver whose consent is given; withdrawing it deletes them (a trigger, 0017).
/// </summary>
public static class CaregiverYearAnswers
{
    public static async Task StoreAsync(
        NpgsqlTransaction transaction, Guid checkInId, CheckInAnswer answer, Instant now, CancellationToken cancellationToken)
    {
        if (answer.TargetGroups.Count == 0 && answer.Background is null)
        {
            return;
        }

        await transaction.Connection!.ExecuteAsync(new CommandDefinition("""
            insert into caregiver_year_answers (register_id, scheme_id, target_groups, background, answered_at)
            select g.id, i.scheme_id, @groups, @background, @now
            from check_ins i join caregiver_register g on g.id = i.register_id
            where i.id = @checkInId and g.consent = @given
            on conflict (register_id, scheme_id) do update set
                target_groups = excluded.target_groups, background = excluded.background, answered_at = excluded.answered_at
            """, new
            {
                groups = answer.TargetGroups.CodesOf(), background = answer.Background?.Code(), now, checkInId,
                given = ConsentAnswer.Given.Code(),
            }, transaction, cancellationToken: cancellationToken));
    }
}
