using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Domain;
using Waardering.Domain.Payouts;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Payouts;

/// <summary>
/// A caregiver's IBAN on an unpaid award changes in two steps: one officer proposes, a different
/// officer (by subject) confirms. Until then the award stays out of every batch: paying the old
/// IBAN could pay an account the caregiver just told us is wrong, and paying the new one could pay
/// whoever talked one officer into it; a wait costs only time, a wrong payment is money gone.
/// Every step first holds the scheme's <see cref="PayoutLock"/> shared, so it never interleaves with a
/// batch being built: the builder reads the change once committed, or the change finds the batch's payment.
/// </summary>
public sealed class IbanChanges(NpgsqlDataSource dataSource)
{
    public async Task<(IbanChangeOutcome Outcome, IbanChangeView? Change)> ProposeAsync(
        Guid requestId, int position, Iban iban, Actor officer, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await LockAsync(transaction, requestId, position, cancellationToken) is not { } current)
        {
            return (IbanChangeOutcome.NotFound, null);
        }

        var live = await connection.ExecuteScalarAsync<bool>(new CommandDefinition($"""
            select exists (select 1 from payments where request_id = @requestId and caregiver_position = @position
                           and status in {PaymentConditions.Live})
            """, new { requestId, position }, transaction, cancellationToken: cancellationToken));
        if (live)
        {
            return (IbanChangeOutcome.InBatchOrPaid, null);
        }

        var change = new IbanChangeView(Guid.CreateVersion7(), requestId, position, IbanChangeStatus.Pending.Code(),
            Iban.MaskOf(current.Iban), iban.Masked, officer.Name, now, null, null);
        // A new proposal takes the place of one still waiting: the officer may have mistyped.
        var replaced = await connection.ExecuteAsync(new CommandDefinition("""
            update iban_changes set status = @withdrawn, new_iban = null
            where request_id = @requestId and caregiver_position = @position and status = @pending
            """, new { requestId, position, pending = IbanChangeStatus.Pending.Code(), withdrawn = IbanChangeStatus.Withdrawn.Code() },
            transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            insert into iban_changes (id, request_id, caregiver_position, status, new_iban, old_iban_masked, new_iban_masked,
                proposed_by, proposed_by_subject, proposed_at)
            values (@Id, @requestId, @position, @pending, @iban, @OldIbanMasked, @NewIbanMasked, @Name, @Subject, @now);
            update request_caregivers set iban_change_pending = true where request_id = @requestId and position = @position;
            """, new
            {
                change.Id, requestId, position, iban = iban.Value, change.OldIbanMasked, change.NewIbanMasked, officer.Name,
                officer.Subject, now, pending = IbanChangeStatus.Pending.Code(),
            }, transaction, cancellationToken: cancellationToken));
        // The trail says what changed, masked: never an IBAN in full.
        await AuditLog.WriteAsync(connection, transaction, officer, "iban-change-proposed", now, requestId,
            details: new { position, change = change.Id, oldIban = change.OldIbanMasked, newIban = change.NewIbanMasked, replacesPending = replaced > 0 },
            cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (IbanChangeOutcome.Done, change);
    }

    public async Task<(IbanChangeOutcome Outcome, IbanChangeView? Change)> ConfirmAsync(
        Guid requestId, int position, Actor officer, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await LockAsync(transaction, requestId, position, cancellationToken) is null)
        {
            return (IbanChangeOutcome.NotFound, null);
        }

        var pending = await connection.QuerySingleOrDefaultAsync<PendingChange>(new CommandDefinition("""
            select id, new_iban, old_iban_masked, new_iban_masked, proposed_by, proposed_by_subject, proposed_at
            from iban_changes where request_id = @requestId and caregiver_position = @position and status = @pending
            """, new { requestId, position, pending = IbanChangeStatus.Pending.Code() }, transaction, cancellationToken: cancellationToken));
        if (pending is null)
        {
            return (IbanChangeOutcome.NothingPending, null);
        }

        if (pending.ProposedBySubject == officer.Subject)
        {
            return (IbanChangeOutcome.OwnProposal, null);
        }

        await connection.ExecuteAsync(new CommandDefinition("""
            update request_caregivers set iban = @NewIban, iban_change_pending = false where request_id = @requestId and position = @position;
            update iban_changes set status = @confirmed, new_iban = null, confirmed_by = @Name, confirmed_by_subject = @Subject, confirmed_at = @now
            where id = @Id;
            """, new
            {
                pending.NewIban, pending.Id, requestId, position, officer.Name, officer.Subject, now, confirmed = IbanChangeStatus.Confirmed.Code(),
            }, transaction, cancellationToken: cancellationToken));
        await AuditLog.WriteAsync(connection, transaction, officer, "iban-change-confirmed", now, requestId,
            details: new
            {
                position, change = pending.Id, oldIban = pending.OldIbanMasked, newIban = pending.NewIbanMasked,
                proposedBy = pending.ProposedBy, proposedBySubject = pending.ProposedBySubject,
            }, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (IbanChangeOutcome.Done, new IbanChangeView(pending.Id, requestId, position, IbanChangeStatus.Confirmed.Code(),
            pending.OldIbanMasked, pending.NewIbanMasked, pending.ProposedBy, pending.ProposedAt, officer.Name, now));
    }

    /// <summary>
    /// Drops a change still waiting, for instance when the second officer doubts it: the award is
    /// paid again to the IBAN it had. Whoever proposed it may withdraw it too; that moves no money.
    /// </summary>
    public async Task<IbanChangeOutcome> WithdrawAsync(Guid requestId, int position, Actor officer, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await LockAsync(transaction, requestId, position, cancellationToken) is null)
        {
            return IbanChangeOutcome.NotFound;
        }

        var withdrawn = await connection.QuerySingleOrDefaultAsync<(Guid Id, string NewIbanMasked)?>(new CommandDefinition("""
            update iban_changes set status = @withdrawn, new_iban = null
            where request_id = @requestId and caregiver_position = @position and status = @pending
            returning id, new_iban_masked
            """, new { requestId, position, pending = IbanChangeStatus.Pending.Code(), withdrawn = IbanChangeStatus.Withdrawn.Code() },
            transaction, cancellationToken: cancellationToken));
        if (withdrawn is not { } w)
        {
            return IbanChangeOutcome.NothingPending;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "update request_caregivers set iban_change_pending = false where request_id = @requestId and position = @position",
            new { requestId, position }, transaction, cancellationToken: cancellationToken));
        await AuditLog.WriteAsync(connection, transaction, officer, "iban-change-withdrawn", now, requestId,
            details: new { position, change = w.Id, newIban = w.NewIbanMasked }, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return IbanChangeOutcome.Done;
    }

    /// <summary>The scheme's payout lock shared, the request's row, then the caregiver's. Null when there is no such caregiver.</summary>
    private static async Task<CurrentIban?> LockAsync(NpgsqlTransaction transaction, Guid requestId, int position, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        await PayoutLock.ShareForRequestAsync(transaction, requestId, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("select 1 from requests where id = @requestId for update",
            new { requestId }, transaction, cancellationToken: cancellationToken));
        return await connection.QuerySingleOrDefaultAsync<CurrentIban>(new CommandDefinition(
            "select iban from request_caregivers where request_id = @requestId and position = @position for update",
            new { requestId, position }, transaction, cancellationToken: cancellationToken));
    }

    private sealed record CurrentIban(string? Iban);

    private sealed record PendingChange(
        Guid Id, string NewIban, string? OldIbanMasked, string NewIbanMasked, string ProposedBy, string ProposedBySubject, Instant ProposedAt);
}
