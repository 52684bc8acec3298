using Dapper;
using Npgsql;
using Waardering.Domain.Contact;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Invitations;

/// <summary>
/// Someone to invite when a scheme's window opens: a caregiver in the register who asked to be kept
/// informed (<see cref="RegisterId"/>), or last season's applicant (<see cref="RequestId"/>, whose
/// request holds the address). <see cref="Email"/> is null for someone without e-mail: a letter's
/// business, not a mail's.
/// </summary>
public sealed record InvitationAddressee(Guid? RegisterId, Guid? RequestId, string Name, string? Email, string Language);

/// <summary>Who is invited to a municipality's new scheme, read in one statement.</summary>
public static class InvitationAddressees
{
    /// <summary>
    /// The register's caregivers first (their invitation carries the way to withdraw consent), then the
    /// applicants of the municipality's previous scheme: the recipient, or the caregiver who applied.
    /// An applicant caregiver who refused or withdrew contact is left out.
    /// </summary>
    public static async Task<IReadOnlyList<InvitationAddressee>> ForSchemeAsync(
        NpgsqlConnection connection, string municipality, int year, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<InvitationAddressee>(new CommandDefinition($"""
            select g.id as register_id, null::uuid as request_id, g.name, g.email, g.language
            from caregiver_register g
            where g.municipality_code = @municipality and {KeepInformed.Condition}
            union all
            select null, r.id, case when r.submitted_by = @recipient then r.recipient_name else c.name end,
                case when r.submitted_by = @recipient then r.recipient_email else c.email end, r.language
            from requests r
            join schemes p on p.id = r.scheme_id
            left join request_caregivers c on c.request_id = r.id and c.position = 1
            left join caregiver_register cg on cg.id = c.register_id
            where p.municipality_code = @municipality
                and p.year = (select max(year) from schemes where municipality_code = @municipality and year < @year)
                and r.personal_data_removed_at is null
                and not (r.submitted_by = @caregiver and coalesce(cg.consent = any(@ended), false))
            """, new
            {
                municipality, year, given = ConsentAnswer.Given.Code(), recipient = Applicant.Recipient.Code(),
                caregiver = Applicant.Caregiver.Code(), ended = ConsentRules.Declined.CodesOf(),
            }, cancellationToken: cancellationToken))).ToList();
}
