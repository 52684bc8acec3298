using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Domain.Payouts;
using Waardering.Domain.Requests;
using Waardering.Domain.Schemes;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Payouts;

/// <summary>
/// Payout batches: built from the granted, unpaid bank-transfer awards of a scheme, approved by
/// a second officer, booked when the bank has paid. Each step is one transaction.
/// </summary>
public sealed class PayoutWorkflow(NpgsqlDataSource dataSource, Microsoft.Extensions.Options.IOptions<Waardering.Data.Links.LinkOptions> links)
{
    /// <summary>
    /// Puts every granted, unpaid award of the scheme in a new batch, in one statement. Builders
    /// of the same scheme take turns (a transaction-scoped advisory lock), so the second sees the
    /// first's payments; a unique index allows one live payment per award whatever happens, so no
    /// award lands in two batches. Null when none is left.
    /// </summary>
    public async Task<PayoutBatch?> CreateAsync(string municipality, int year, Actor officer, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = Guid.CreateVersion7();
        await connection.ExecuteAsync(new CommandDefinition(
            "select pg_advisory_xact_lock(hashtextextended('payout-batch:' || @municipality || ':' || @year, 0))",
            new { municipality, year }, transaction, cancellationToken: cancellationToken));
        var count = await connection.ExecuteAsync(new CommandDefinition($"""
            with awards as (
                select r.id as request_id, c.position, c.amount_cents, c.iban, c.name, r.reference,
                    (select count(*) from payments p where p.request_id = r.id and p.caregiver_position = c.position) + 1 as attempt
                from requests r
                join schemes s on s.id = r.scheme_id
                join request_caregivers c on c.request_id = r.id
                where s.municipality_code = @municipality and s.year = @year and s.payout_method = @bankTransfer
                    and r.status = @approved
                    and r.granted_at is not null and c.amount_cents > 0
                    and r.personal_data_removed_at is null and c.iban is not null
                    and not exists (select 1 from payments p where p.request_id = r.id and p.caregiver_position = c.position
                                    and p.status in {PaymentConditions.Live})
                for update of r),
            batch as (
                insert into payout_batches (id, municipality_code, year, status, payment_count, total_cents, created_by, created_at)
                select @id, @municipality, @year, @created, count(*), sum(amount_cents), @officer, @now from awards
                having count(*) > 0
                returning id)
            insert into payments (id, batch_id, request_id, caregiver_position, amount_cents, iban, creditor_name, end_to_end_id, status)
            select gen_random_uuid(), batch.id, a.request_id, a.position, a.amount_cents, a.iban, a.name,
                a.reference || '-' || a.position || '-' || a.attempt, @inBatch
            from awards a cross join batch
            """, new
            {
                id, municipality, year, officer = officer.Name, now, approved = RequestStatus.Approved.Code(), bankTransfer = PayoutMethod.BankTransfer.Code(),
                created = PayoutBatchStatus.Created.Code(), inBatch = PaymentStatus.InBatch.Code(),
            }, transaction,
            cancellationToken: cancellationToken, commandTimeout: 300));
        if (count > 0)
        {
            await AuditLog.WriteAsync(connection, transaction, officer, "batch-created", now, batchId: id, details: new { payments = count },
                cancellationToken: cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return count == 0 ? null : await FindAsync(id, cancellationToken);
    }

    public async Task<PayoutBatch?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<PayoutBatch>(new CommandDefinition("""
            select id, municipality_code, year, status, payment_count, total_cents, created_by, created_at,
                approved_by, approved_at, booked_at
            from payout_batches where id = @id
            """, new { id }, cancellationToken: cancellationToken));
    }

    /// <summary>Four eyes: a different officer than the creator approves; the table's check holds the same rule.</summary>
    public async Task<BatchOutcome> ApproveAsync(Guid id, Actor officer, Instant now, CancellationToken cancellationToken)
    {
        var batch = await FindAsync(id, cancellationToken);
        if (batch is null)
        {
            return BatchOutcome.NotFound;
        }

        if (batch.CreatedBy == officer.Name)
        {
            return BatchOutcome.OwnBatch;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var updated = await connection.ExecuteAsync(new CommandDefinition("""
            update payout_batches set status = @approved, approved_by = @Name, approved_at = @now
            where id = @id and status = @created and created_by <> @Name
            """, new { id, officer.Name, now, approved = PayoutBatchStatus.Approved.Code(), created = PayoutBatchStatus.Created.Code() },
            transaction, cancellationToken: cancellationToken));
        if (updated != 1)
        {
            return BatchOutcome.WrongStatus;
        }

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
            update payout_batches set status = @booked, booked_by = @officer, booked_at = @now where id = @id;
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
                id, officer = officer.Name, now, booked = PayoutBatchStatus.Booked.Code(), paid = PaymentStatus.Paid.Code(),
                inBatch = PaymentStatus.InBatch.Code(),
            }, transaction, cancellationToken: cancellationToken, commandTimeout: 300));
        await PaymentMails.WriteForBatchAsync(transaction, id, links.Value.PublicBaseUrl, now, cancellationToken);
        await AuditLog.WriteAsync(connection, transaction, officer, "batch-booked", now, batchId: id, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return BatchOutcome.Done;
    }

    /// <summary>The batch's payments in a stable order, read as a stream for the bank file.</summary>
    public async IAsyncEnumerable<PaymentLine> PaymentsAsync(
        Guid id, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = connection.QueryUnbufferedAsync<PaymentLine>("""
            select p.end_to_end_id, p.amount_cents, p.creditor_name, p.iban, r.reference, b.year
            from payments p join requests r on r.id = p.request_id join payout_batches b on b.id = p.batch_id
            where p.batch_id = @id
            order by p.end_to_end_id
            """, new { id });
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }
}
