using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Domain.Payouts;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Payouts;

/// <summary>
/// Payout batches: built from the granted, unpaid bank-transfer awards of a scheme
/// (<see cref="PayoutBatchBuilder"/>), approved by a second officer, booked when the bank has
/// paid. Each step is one transaction.
/// </summary>
public sealed class PayoutWorkflow(NpgsqlDataSource dataSource, Microsoft.Extensions.Options.IOptions<Waardering.Data.Links.LinkOptions> links)
{
    public async Task<PayoutBatch?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<PayoutBatch>(new CommandDefinition("""
            select id, municipality_code, year, status, payment_count, total_cents, created_by, created_at,
                approved_by, approved_at, booked_at
            from payout_batches where id = @id
            """, new { id }, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Four eyes: a different officer than the creator approves, told apart by subject, so a changed
    /// display name is the same person; the table's check holds the same rule. A batch built before
    /// subjects were kept (no created_by_subject) is compared by name.
    /// </summary>
    public async Task<BatchOutcome> ApproveAsync(Guid id, Actor officer, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var batch = await connection.QuerySingleOrDefaultAsync<(string Status, string CreatedBy, string? CreatedBySubject)?>(new CommandDefinition(
            "select status, created_by, created_by_subject from payout_batches where id = @id for update",
            new { id }, transaction, cancellationToken: cancellationToken));
        if (batch is not { } b)
        {
            return BatchOutcome.NotFound;
        }

        if (b.CreatedBySubject is null ? b.CreatedBy == officer.Name : b.CreatedBySubject == officer.Subject)
        {
            return BatchOutcome.OwnBatch;
        }

        if (b.Status != PayoutBatchStatus.Created.Code())
        {
            return BatchOutcome.WrongStatus;
        }

        await connection.ExecuteAsync(new CommandDefinition("""
            update payout_batches set status = @approved, approved_by = @Name, approved_by_subject = @Subject, approved_at = @now
            where id = @id
            """, new { id, officer.Name, officer.Subject, now, approved = PayoutBatchStatus.Approved.Code() },
            transaction, cancellationToken: cancellationToken));
        await AuditLog.WriteAsync(connection, transaction, officer, "batch-approved", now, batchId: id, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return BatchOutcome.Done;
    }

    /// <summary>The bank has paid: the payments are paid, and what they paid moves from committed to spent on the lines.</summary>
    public async Task<BatchOutcome> BookAsync(Guid id, Actor officer, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var status = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "select status from payout_batches where id = @id for update", new { id }, transaction, cancellationToken: cancellationToken));
        if (status != PayoutBatchStatus.Approved.Code())
        {
            return status is null ? BatchOutcome.NotFound : BatchOutcome.WrongStatus;
        }

        await connection.ExecuteAsync(new CommandDefinition("""
            update payout_batches set status = @booked, booked_by = @officer, booked_by_subject = @subject, booked_at = @now where id = @id;
            update payments set status = @paid where batch_id = @id and status = @inBatch;
            with paid as (
                update award_charges a set paid = true
                from payments p
                where p.batch_id = @id and p.status = @paid
                    and a.request_id = p.request_id and a.caregiver_position = p.caregiver_position and not a.paid
                returning a.budget_line_id, a.amount_cents)
            update budget_lines l set paid_cents = l.paid_cents + x.total
            from (select budget_line_id, sum(amount_cents) as total from paid group by budget_line_id) x
            where l.id = x.budget_line_id;
            """, new
            {
                id, officer = officer.Name, subject = officer.Subject, now, booked = PayoutBatchStatus.Booked.Code(), paid = PaymentStatus.Paid.Code(),
                inBatch = PaymentStatus.InBatch.Code(),
            }, transaction, cancellationToken: cancellationToken, commandTimeout: 300));
        await PaymentMails.WriteForBatchAsync(transaction, id, links.Value.PublicBaseUrl, now, cancellationToken);
        await AuditLog.WriteAsync(connection, transaction, officer, "batch-booked", now, batchId: id, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return BatchOutcome.Done;
    }

    /// <summary>What the bank file carries: the batch's payments that stand, never one the bank returned.</summary>
    public async Task<(int Count, long TotalCents)> FileTotalsAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<(int, long)>(new CommandDefinition($"""
            select count(*)::int, coalesce(sum(amount_cents), 0)::bigint from payments where batch_id = @id and status in {PaymentConditions.Live}
            """, new { id }, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// The batch's payments that stand, in a stable order, read as a stream for the bank file. Read
    /// by column number, not mapped by Dapper, whose boxed values per column were a fifth of writing
    /// a file of 100,000 (measured with bench/payouts.sh).
    /// </summary>
    public async IAsyncEnumerable<PaymentLine> PaymentsAsync(
        Guid id, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"""
            select p.end_to_end_id, p.amount_cents, p.creditor_name, p.iban, r.reference, b.year
            from payments p join requests r on r.id = p.request_id join payout_batches b on b.id = p.batch_id
            where p.batch_id = @id and p.status in {PaymentConditions.Live}
            order by p.end_to_end_id
            """, connection) { Parameters = { new("id", id) } };
        await using var rows = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken);
        while (await rows.ReadAsync(cancellationToken))
        {
            yield return new PaymentLine(rows.GetString(0), rows.GetInt64(1), rows.GetString(2), rows.GetString(3), rows.GetString(4), rows.GetInt32(5));
        }
    }
}
