using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Domain.Payouts;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Payouts;

/// <summary>
/// What happens after the bank: a payment it returns is marked failed (and, if it was booked,
/// moves back from spent to committed); once the IBAN is corrected the award goes into a later
/// batch. An IBAN cannot change while its award is in a batch or paid.
/// </summary>
public sealed class PaymentCorrections(NpgsqlDataSource dataSource)
{
    public async Task<BatchOutcome> ReturnAsync(string endToEndId, string reason, Actor officer, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var payment = await connection.QuerySingleOrDefaultAsync<(Guid RequestId, int Position, string Status)?>(new CommandDefinition(
            "select request_id, caregiver_position, status from payments where end_to_end_id = @endToEndId for update",
            new { endToEndId }, transaction, cancellationToken: cancellationToken));
        if (payment is not { } p)
        {
            return BatchOutcome.NotFound;
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

    public async Task<BatchOutcome> CorrectIbanAsync(Guid requestId, int position, string iban, Actor officer, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var exists = await connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(
            "select 1 from request_caregivers where request_id = @requestId and position = @position for update",
            new { requestId, position }, transaction, cancellationToken: cancellationToken));
        if (exists is null)
        {
            return BatchOutcome.NotFound;
        }

        var live = await connection.ExecuteScalarAsync<bool>(new CommandDefinition($"""
            select exists (select 1 from payments where request_id = @requestId and caregiver_position = @position
                           and status in {PaymentConditions.Live})
            """, new { requestId, position }, transaction, cancellationToken: cancellationToken));
        if (live)
        {
            return BatchOutcome.WrongStatus;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "update request_caregivers set iban = @iban where request_id = @requestId and position = @position",
            new { requestId, position, iban }, transaction, cancellationToken: cancellationToken));
        // The trail says that the IBAN changed, not what it is.
        await AuditLog.WriteAsync(connection, transaction, officer, "iban-corrected", now, requestId,
            details: new { position }, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return BatchOutcome.Done;
    }
}
