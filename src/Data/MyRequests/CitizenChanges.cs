using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Payouts;
using Waardering.Data.Requests;
using Waardering.Domain;
using Waardering.Domain.Payouts;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.MyRequests;

public enum CitizenChangeOutcome
{
    Done,

    /// <summary>Not this citizen's request, or no such request or caregiver: one answer, so nothing is learnt about others.</summary>
    NotFound,

    /// <summary>Decided or ended: from now on only the municipality changes it.</summary>
    Decided,

    /// <summary>The award is in a payout batch or paid: the IBAN can no longer change.</summary>
    InBatchOrPaid,
}

/// <summary>
/// What a citizen signed in with DigiD changes on their own undecided request: withdraw it, or
/// correct an e-mail address or an IBAN. Each change locks the request, checks it is theirs and
/// still undecided, and writes the trail in its transaction. A new IBAN moves money, so it is only
/// proposed: it waits in <c>iban_changes</c> for an officer, like a change one officer proposes.
/// </summary>
public sealed class CitizenChanges(NpgsqlDataSource dataSource, IbanChanges ibanChanges)
{
    /// <summary>The citizen on the trail: pseudonymous by the hash of their BSN, never the BSN, and never a staff subject.</summary>
    public static Actor ActorFor(byte[] bsnHash) => new("citizen (DigiD)", Channel.Web, "digid-" + Convert.ToHexStringLower(bsnHash)[..16]);

    /// <summary>Withdraws the request: it ends without an award, its units leave the amount, and the co-sign link stops working.</summary>
    public async Task<CitizenChangeOutcome> WithdrawAsync(byte[] bsnHash, Guid requestId, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var from = await LockTheirsAsync(transaction, bsnHash, requestId, cancellationToken);
        if (from is not { } status)
        {
            return CitizenChangeOutcome.NotFound;
        }

        if (!RequestLife.CanBecome(status, RequestStatus.Withdrawn))
        {
            return CitizenChangeOutcome.Decided;
        }

        await RequestTransitions.ChangeAsync(transaction, requestId, status, RequestStatus.Withdrawn,
            new TransitionEvent(ActorFor(bsnHash), "withdrawn", now), "co_sign_token_hash = null", cancellationToken: cancellationToken);
        // An IBAN change still waiting has nothing left to pay: its full IBAN goes now.
        await connection.ExecuteAsync(new CommandDefinition("""
            update iban_changes set status = @withdrawn, new_iban = null where request_id = @requestId and status = @pending;
            update request_caregivers set iban_change_pending = false where request_id = @requestId;
            """, new { requestId, pending = IbanChangeStatus.Pending.Code(), withdrawn = IbanChangeStatus.Withdrawn.Code() },
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return CitizenChangeOutcome.Done;
    }

    /// <summary>Corrects the recipient's e-mail address (<paramref name="position"/> 0) or a caregiver's; an empty one removes it.</summary>
    public async Task<CitizenChangeOutcome> CorrectEmailAsync(
        byte[] bsnHash, Guid requestId, int position, string? email, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var outcome = await CheckAsync(transaction, bsnHash, requestId, cancellationToken);
        if (outcome != CitizenChangeOutcome.Done)
        {
            return outcome;
        }

        var changed = await connection.ExecuteAsync(new CommandDefinition(position == 0
                ? "update requests set recipient_email = @email where id = @requestId"
                : "update request_caregivers set email = @email where request_id = @requestId and position = @position",
            new { requestId, position, email }, transaction, cancellationToken: cancellationToken));
        if (changed != 1)
        {
            return CitizenChangeOutcome.NotFound;
        }

        // Which address changed, not the address: the trail holds no more personal data than it needs.
        await AuditLog.WriteAsync(connection, transaction, ActorFor(bsnHash), "email-corrected", now, requestId,
            details: new { position, removed = email is null }, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CitizenChangeOutcome.Done;
    }

    /// <summary>Proposes a caregiver's new IBAN; an officer confirms it before any payment goes there.</summary>
    public async Task<CitizenChangeOutcome> ProposeIbanAsync(
        byte[] bsnHash, Guid requestId, int position, Iban iban, Instant now, CancellationToken cancellationToken)
    {
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            var outcome = await CheckAsync(transaction, bsnHash, requestId, cancellationToken);
            if (outcome != CitizenChangeOutcome.Done)
            {
                return outcome;
            }
        }

        var (proposed, _) = await ibanChanges.ProposeAsync(requestId, position, iban, ActorFor(bsnHash), now, cancellationToken);
        return proposed switch
        {
            IbanChangeOutcome.Done => CitizenChangeOutcome.Done,
            IbanChangeOutcome.InBatchOrPaid => CitizenChangeOutcome.InBatchOrPaid,
            _ => CitizenChangeOutcome.NotFound,
        };
    }

    private static async Task<CitizenChangeOutcome> CheckAsync(
        NpgsqlTransaction transaction, byte[] bsnHash, Guid requestId, CancellationToken cancellationToken) =>
        await LockTheirsAsync(transaction, bsnHash, requestId, cancellationToken) switch
        {
            null => CitizenChangeOutcome.NotFound,
            { } status when RequestLife.Undecided.Contains(status) => CitizenChangeOutcome.Done,
            _ => CitizenChangeOutcome.Decided,
        };

    /// <summary>The request's status, locked until the transaction ends; null when it is not this citizen's.</summary>
    private static async Task<RequestStatus?> LockTheirsAsync(
        NpgsqlTransaction transaction, byte[] bsnHash, Guid requestId, CancellationToken cancellationToken)
    {
        var status = await transaction.Connection!.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            $"select r.status from requests r where r.id = @requestId and {CitizenRequests.Theirs} for update",
            new { requestId, bsnHash }, transaction, cancellationToken: cancellationToken));
        return status is null ? null : Codes.Parse<RequestStatus>(status);
    }
}
