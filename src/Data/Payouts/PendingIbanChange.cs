using Dapper;
using Npgsql;
using Waardering.Domain.Payouts;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Payouts;

/// <summary>A caregiver's IBAN change that waits for a second officer, with who proposed it (by subject, for four eyes).</summary>
public sealed record PendingIban(IbanChangeView Change, string ProposedBySubject)
{
    /// <summary>The change waiting for this caregiver of the request, if any; masked, never the new IBAN in full.</summary>
    public static async Task<PendingIban?> FindAsync(NpgsqlDataSource dataSource, Guid requestId, int position, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition("""
            select id, old_iban_masked, new_iban_masked, proposed_by, proposed_by_subject, proposed_at
            from iban_changes where request_id = @requestId and caregiver_position = @position and status = @pending
            """, new { requestId, position, pending = IbanChangeStatus.Pending.Code() }, cancellationToken: cancellationToken));
        return row is null ? null : new PendingIban(new IbanChangeView(row.Id, requestId, position, IbanChangeStatus.Pending.Code(),
            row.OldIbanMasked, row.NewIbanMasked, row.ProposedBy, row.ProposedAt, null, null), row.ProposedBySubject);
    }

    private sealed record Row(Guid Id, string? OldIbanMasked, string NewIbanMasked, string ProposedBy, string ProposedBySubject, NodaTime.Instant ProposedAt);
}
