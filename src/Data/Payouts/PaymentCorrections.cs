using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Domain.Payouts;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Payouts;

/// <summary>
/// What happens after the bank: a payment it returns is marked failed and moves back from spent to
/// committed; once the IBAN is corrected (<see cref="IbanChanges"/>) the award goes into a later batch.
/// </summary>
public sealed class PaymentCorrections(NpgsqlDataSource dataSource)
{
    public async Task<BatchOutcome> ReturnAsync(string endToEndId, string reason, Actor officer, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var payment = await connection.QuerySingleOrDefaultAsync<(Guid RequestId, int Position, string Status, string BatchStatus)?>(
            new CommandDefinition("""
                select p.request_id, p.caregiver_position, p.status, b.status as batch_status
                from payments p join payout_batches b on b.id = p.batch_id
                where p.end_to_end_id = @endToEndId
                for update of p
                """, new { endToEndId }, transaction, cancellationToken: cancellationToken));
        if (payment is not { } p)
        {
            return BatchOutcome.NotFound;
        }

        // Only the bank returns a payment, and it has one only once the batch is booked. A payment of
        // a batch still created or approved is in a file that may yet be sent: marking it failed
        // would put the award in a new batch while the old file still pays it.
        if (Codes.Parse<PayoutBatchStatus>(p.BatchStatus) != PayoutBatchStatus.Booked)
        {
            return BatchOutcome.NotBooked;
        }

        if (Codes.Parse<PaymentStatus>(p.Status) == PaymentStatus.Failed)
        {
            return BatchOutcome.WrongStatus;
        }

        await connection.ExecuteAsync(new CommandDefinition("""
            with unpaid as (
                update award_charges set paid = false
                where request_id = @RequestId and caregiver_position = @Position and paid
                returning budget_line_id, amount_cents)
            update budget_lines l set paid_cents = l.paid_cents - x.total
            from (select budget_line_id, sum(amount_cents) as total from unpaid group by budget_line_id) x
            where l.id = x.budget_line_id;
            update payments set status = @failed, failure_reason = @reason, failed_at = @now where end_to_end_id = @endToEndId;
            """, new { p.RequestId, p.Position, reason, now, endToEndId, failed = PaymentStatus.Failed.Code() }, transaction,
            cancellationToken: cancellationToken));
        await AuditLog.WriteAsync(connection, transaction, officer, "payment-returned", now, p.RequestId,
            details: new { endToEndId, reason }, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return BatchOutcome.Done;
    }
}
