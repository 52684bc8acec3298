using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Domain.Payouts;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Payouts;

/// <summary>An IBAN change waiting for a second officer, as the list of them shows it: masked, with who proposed it and when.</summary>
public sealed record PendingIbanChange(
    Guid RequestId, string Reference, int Position, string? CaregiverName, string? OldIbanMasked, string NewIbanMasked,
    string ProposedBy, Instant ProposedAt);

/// <summary>The IBAN changes that hold awards out of every batch until a second officer confirms them (<see cref="IbanChanges"/>).</summary>
public sealed class PendingIbanChanges(NpgsqlDataSource dataSource)
{
    /// <summary>A municipality's changes still waiting, the oldest first: it has waited longest.</summary>
    public async Task<IReadOnlyList<PendingIbanChange>> ListAsync(string municipality, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<PendingIbanChange>(new CommandDefinition("""
            select i.request_id, r.reference, i.caregiver_position as position, c.name as caregiver_name, i.old_iban_masked,
                i.new_iban_masked, i.proposed_by, i.proposed_at
            from iban_changes i
            join requests r on r.id = i.request_id
            join schemes s on s.id = r.scheme_id
            join request_caregivers c on c.request_id = i.request_id and c.position = i.caregiver_position
            where s.municipality_code = @municipality and i.status = @pending
            order by i.proposed_at, r.reference, i.caregiver_position
            """, new { municipality, pending = IbanChangeStatus.Pending.Code() }, cancellationToken: cancellationToken))).ToList();
    }
}
