using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Requests;
using Waardering.Domain;
using Waardering.Domain.Requests;
using Waardering.Domain.Schemes;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Decisions;

/// <summary>
/// An officer's decision on a request. Approving grants the award from the appreciation budget
/// lines in one transaction: the lines are locked in a fixed order, so parallel approvals queue
/// instead of overspending, and the lines' CHECK constraint refuses anything that slips past.
/// </summary>
public sealed class DecisionWorkflow(
    NpgsqlDataSource dataSource, Outbox.OutboxWriter outbox, Microsoft.Extensions.Options.IOptions<Waardering.Data.Links.LinkOptions> links)
{
    public Task<DecisionOutcome> ApproveAsync(Guid requestId, Actor officer, Instant now, CancellationToken cancellationToken) =>
        CommitAsync(transaction => ApproveAsync(transaction, requestId, officer, now, cancellationToken), cancellationToken);

    public Task<DecisionOutcome> RejectAsync(
        Guid requestId, Actor officer, string reasonCode, string? reason, Instant now, CancellationToken cancellationToken) =>
        CommitAsync(transaction => RejectAsync(transaction, requestId, officer, reasonCode, reason, now, cancellationToken), cancellationToken);

    /// <summary>
    /// The decision as it would be taken now, and the mails it would write, without keeping any of
    /// it: the same steps in a transaction that is rolled back. What the officer sees before
    /// confirming is then exactly what the decision does, unless the budget or the request changes in between.
    /// </summary>
    public async Task<DecisionPreview> PreviewAsync(
        Guid requestId, Actor officer, bool approve, string? reasonCode, string? reason, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var before = await DecisionPreview.MailIdsAsync(transaction, requestId, cancellationToken);
        var outcome = approve
            ? await ApproveAsync(transaction, requestId, officer, now, cancellationToken)
            : await RejectAsync(transaction, requestId, officer, reasonCode!, reason, now, cancellationToken);
        var mails = await DecisionPreview.MailsSinceAsync(transaction, requestId, before, cancellationToken);
        var reference = await DecisionPreview.ReferenceAsync(transaction, requestId, cancellationToken);
        await transaction.RollbackAsync(cancellationToken);
        return new DecisionPreview(outcome, reference, mails);
    }

    /// <summary>Runs a decision in a transaction of its own, committed only when it decided something.</summary>
    private async Task<DecisionOutcome> CommitAsync(Func<NpgsqlTransaction, Task<DecisionOutcome>> decide, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var outcome = await decide(transaction);
        if (outcome is DecisionOutcome.Approved or DecisionOutcome.WaitingForBudget or DecisionOutcome.Rejected)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return outcome;
    }

    private async Task<DecisionOutcome> ApproveAsync(NpgsqlTransaction transaction, Guid requestId, Actor officer, Instant now,
        CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        var request = await connection.QuerySingleOrDefaultAsync<(string Status, long SchemeId, string Municipality, int Year,
            long CurrentAmount, string SplitMode, string PayoutMode, string PayoutMethod)?>(new CommandDefinition("""
                select r.status, s.id, s.municipality_code, s.year, s.current_amount_cents, s.split_mode, s.payout_mode,
                    s.payout_method
                from requests r join schemes s on s.id = r.scheme_id
                where r.id = @requestId
                for update of r
                """, new { requestId }, transaction, cancellationToken: cancellationToken));
        if (request is not { } r)
        {
            return DecisionOutcome.NotFound;
        }

        if (await EnteredRequests.EnteredByAsync(transaction, requestId, officer, cancellationToken))
        {
            return DecisionOutcome.OwnRequest;
        }

        // A request a caregiver made waits for the recipient's confirmation before it can be granted.
        var from = Codes.Parse<RequestStatus>(r.Status);
        if (!RequestLife.CanBecome(from, RequestStatus.Approved))
        {
            return DecisionOutcome.NotAllowed;
        }

        // A possible duplicate is granted only once the recipient's other request is no longer live.
        if (from == RequestStatus.InReview && await LiveRequests.OtherExistsAsync(transaction, requestId, cancellationToken))
        {
            return DecisionOutcome.NotAllowed;
        }

        if (Codes.Parse<PayoutMode>(r.PayoutMode) == PayoutMode.AfterClose)
        {
            // After close: approved now, granted when the window closes at the one final amount.
            await SetStatusAsync(transaction, requestId, from, RequestStatus.Approved, officer, now, null, null, cancellationToken);
            return DecisionOutcome.Approved;
        }

        // Rolling payout: the approval locks the amount of this moment.
        var weights = (await connection.QueryAsync<int>(new CommandDefinition(
            "select weight from request_caregivers where request_id = @requestId order by position",
            new { requestId }, transaction, cancellationToken: cancellationToken))).ToList();
        var amounts = Codes.Parse<SplitMode>(r.SplitMode).Amounts(r.CurrentAmount, weights);
        var granted = await AwardCharges.GrantAsync(transaction, requestId, r.Municipality, r.Year, r.CurrentAmount, amounts, now, cancellationToken);
        // A voucher scheme hands every caregiver a code; a bank-transfer scheme those without an
        // IBAN (young caregivers the scheme lets go without), who never land in a SEPA batch.
        var byVoucher = Codes.Parse<PayoutMethod>(r.PayoutMethod) == PayoutMethod.Voucher;
        if (granted &&
            !await Vouchers.VoucherStore.AssignAsync(transaction, outbox, requestId, r.Municipality, r.Year, now, links.Value.PublicBaseUrl,
                cancellationToken, withoutIbanOnly: !byVoucher))
        {
            return DecisionOutcome.NoVouchersLeft;
        }

        await SetStatusAsync(transaction, requestId, from, granted ? RequestStatus.Approved : RequestStatus.WaitingForBudget, officer, now, null, null, cancellationToken);
        return granted ? DecisionOutcome.Approved : DecisionOutcome.WaitingForBudget;
    }

    private async Task<DecisionOutcome> RejectAsync(NpgsqlTransaction transaction,
        Guid requestId, Actor officer, string reasonCode, string? reason, Instant now, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        var status = await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "select status from requests where id = @requestId for update", new { requestId }, transaction,
            cancellationToken: cancellationToken));
        if (status is null)
        {
            return DecisionOutcome.NotFound;
        }

        if (await EnteredRequests.EnteredByAsync(transaction, requestId, officer, cancellationToken))
        {
            return DecisionOutcome.OwnRequest;
        }

        var from = Codes.Parse<RequestStatus>(status);
        if (!RequestLife.CanBecome(from, RequestStatus.Rejected))
        {
            return DecisionOutcome.NotAllowed;
        }

        await SetStatusAsync(transaction, requestId, from, RequestStatus.Rejected, officer, now, reasonCode, reason, cancellationToken);
        return DecisionOutcome.Rejected;
    }

    private async Task SetStatusAsync(NpgsqlTransaction transaction, Guid requestId, RequestStatus from, RequestStatus status,
        Actor officer, Instant now, string? reasonCode, string? reason, CancellationToken cancellationToken)
    {
        await RequestTransitions.ChangeAsync(transaction, requestId, from, status,
            new TransitionEvent(officer, "decision", now, new { status = status.Code(), reasonCode }),
            "decided_at = @now, decided_by = @Name, reason_code = @reasonCode, reason = @reason",
            new { now, officer.Name, reasonCode, reason }, cancellationToken);
        await DecisionMails.WriteAsync(transaction, outbox, requestId, status, reasonCode, reason, links.Value.PublicBaseUrl, now, cancellationToken);
    }
}
