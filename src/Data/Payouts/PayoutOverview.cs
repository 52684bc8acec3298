using Dapper;
using Npgsql;
using Waardering.Domain;
using Waardering.Domain.Requests;
using Waardering.Domain.Schemes;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Payouts;

/// <summary>
/// What waits to be paid in a scheme year: approved bank-transfer awards without a payment that
/// stands, and of those how many the next batch takes and how many it leaves out, because their
/// IBAN change waits for a second officer or there is no IBAN (<see cref="PayoutBatchBuilder"/>).
/// </summary>
public sealed record PayoutReadiness(int ReadyCount, long ReadyCents, int PendingIbanCount, long PendingIbanCents, int NoIbanCount);

/// <summary>The officers' view of a scheme year's payouts: its batches, and what the next batch would contain.</summary>
public sealed class PayoutOverview(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<PayoutBatch>> BatchesAsync(string municipality, int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<PayoutBatch>(new CommandDefinition("""
            select id, municipality_code, year, status, payment_count, total_cents, created_by, created_at,
                approved_by, approved_at, booked_at
            from payout_batches where municipality_code = @municipality and year = @year
            order by created_at desc
            """, new { municipality, year }, cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>The builder's own conditions, read without locking, so the page can say what a new batch will hold.</summary>
    public async Task<PayoutReadiness> ReadinessAsync(string municipality, int year, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<PayoutReadiness>(new CommandDefinition($"""
            select count(*) filter (where c.iban is not null and not c.iban_change_pending)::int as ready_count,
                coalesce(sum(c.amount_cents) filter (where c.iban is not null and not c.iban_change_pending), 0)::bigint as ready_cents,
                count(*) filter (where c.iban_change_pending)::int as pending_iban_count,
                coalesce(sum(c.amount_cents) filter (where c.iban_change_pending), 0)::bigint as pending_iban_cents,
                count(*) filter (where c.iban is null)::int as no_iban_count
            from requests r
            join schemes s on s.id = r.scheme_id
            join request_caregivers c on c.request_id = r.id
            where s.municipality_code = @municipality and s.year = @year and s.payout_method = @bankTransfer
                and r.status = @approved and r.granted_at is not null and c.amount_cents > 0
                and r.personal_data_removed_at is null
                and not exists (select 1 from payments p where p.request_id = r.id and p.caregiver_position = c.position
                                and p.status in {PaymentConditions.Live})
            """, new { municipality, year, approved = RequestStatus.Approved.Code(), bankTransfer = PayoutMethod.BankTransfer.Code() },
            cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Who built the batch, to tell the officer before they try whether they may approve it: by
    /// subject, or by name for a batch built before subjects were kept (as <see cref="PayoutWorkflow.ApproveAsync"/> compares).
    /// </summary>
    public async Task<(string Name, string? Subject)?> BuilderAsync(Guid batchId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<(string, string?)?>(new CommandDefinition(
            "select created_by, created_by_subject from payout_batches where id = @batchId", new { batchId }, cancellationToken: cancellationToken));
    }

    /// <summary>One payment, named by its end-to-end id as the bank names it; null when there is no such payment.</summary>
    public async Task<PaymentSummary?> PaymentAsync(string endToEndId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(Guid BatchId, string? Name, string? Iban, long AmountCents, string Status)?>(
            new CommandDefinition("""
                select batch_id, creditor_name, iban, amount_cents, status from payments where end_to_end_id = @endToEndId
                """, new { endToEndId }, cancellationToken: cancellationToken));
        return row is { } p ? new PaymentSummary(p.BatchId, endToEndId, p.Name, Iban.MaskOf(p.Iban), p.AmountCents, p.Status) : null;
    }
}

/// <summary>A payment as an officer checks it before recording that the bank returned it: its IBAN masked.</summary>
public sealed record PaymentSummary(Guid BatchId, string EndToEndId, string? Name, string? IbanMasked, long AmountCents, string Status);
