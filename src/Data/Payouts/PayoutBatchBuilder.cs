using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Domain.Payouts;
using Waardering.Domain.Requests;
using Waardering.Domain.Schemes;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Payouts;

/// <summary>Builds a payout batch of a scheme year's granted, unpaid bank-transfer awards; <see cref="PayoutWorkflow"/> takes it on.</summary>
public sealed class PayoutBatchBuilder(NpgsqlDataSource dataSource, PayoutWorkflow batches)
{
    /// <summary>
    /// Puts every granted, unpaid award of the scheme in a new batch, in one statement. Builders
    /// of the same scheme take turns (<see cref="PayoutLock"/>), so the second sees the first's
    /// payments; a unique index allows one live payment per award whatever happens, so no award
    /// lands in two batches. Null when none is left.
    /// An IBAN change (<see cref="IbanChanges"/>) holds the same lock shared, so the statement, which
    /// starts once every change under way has committed, reads each caregiver's newest IBAN and
    /// pending flag: the batch never carries an IBAN just replaced, nor an award whose change waits
    /// for a second officer. What else changes a granted award's row (a request approved or granted
    /// after close) only adds awards, which the next batch takes.
    /// </summary>
    public async Task<PayoutBatch?> CreateAsync(string municipality, int year, Actor officer, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = Guid.CreateVersion7();
        await PayoutLock.BuildAsync(transaction, municipality, year, cancellationToken);
        // The anti-join with the live payments and the returned ones are hashed in memory (about 20 MB for 100,000 awards).
        await connection.ExecuteAsync(new CommandDefinition("set local work_mem = '64MB'", transaction: transaction, cancellationToken: cancellationToken));
        // An award has no live payment here, so its earlier payments are the ones the bank returned:
        // the next end-to-end id counts them, for the whole batch in one join.
        var count = await connection.ExecuteAsync(new CommandDefinition($"""
            with awards as (
                select r.id as request_id, c.position, c.amount_cents, c.iban, c.name, r.reference
                from requests r
                join schemes s on s.id = r.scheme_id
                join request_caregivers c on c.request_id = r.id
                where s.municipality_code = @municipality and s.year = @year and s.payout_method = @bankTransfer
                    and r.status = @approved
                    and r.granted_at is not null and c.amount_cents > 0
                    and r.personal_data_removed_at is null and c.iban is not null and not c.iban_change_pending
                    and not exists (select 1 from payments p where p.request_id = r.id and p.caregiver_position = c.position
                                    and p.status in {PaymentConditions.Live})),
            returned as (
                select request_id, caregiver_position, count(*) as payments
                from payments where status = {PaymentConditions.Failed}
                group by request_id, caregiver_position),
            batch as (
                insert into payout_batches (id, municipality_code, year, status, payment_count, total_cents, created_by, created_by_subject, created_at)
                select @id, @municipality, @year, @created, count(*), sum(amount_cents), @officer, @subject, @now from awards
                having count(*) > 0
                returning id)
            insert into payments (id, batch_id, request_id, caregiver_position, amount_cents, iban, creditor_name, end_to_end_id, status)
            select gen_random_uuid(), batch.id, a.request_id, a.position, a.amount_cents, a.iban, a.name,
                a.reference || '-' || a.position || '-' || (coalesce(f.payments, 0) + 1), @inBatch
            from awards a cross join batch
            left join returned f on f.request_id = a.request_id and f.caregiver_position = a.position
            """, new
            {
                id, municipality, year, officer = officer.Name, subject = officer.Subject, now, approved = RequestStatus.Approved.Code(), bankTransfer = PayoutMethod.BankTransfer.Code(),
                created = PayoutBatchStatus.Created.Code(), inBatch = PaymentStatus.InBatch.Code(),
            }, transaction,
            cancellationToken: cancellationToken, commandTimeout: 300));
        if (count > 0)
        {
            await AuditLog.WriteAsync(connection, transaction, officer, "batch-created", now, batchId: id, details: new { payments = count },
                cancellationToken: cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return count == 0 ? null : await batches.FindAsync(id, cancellationToken);
    }
}
