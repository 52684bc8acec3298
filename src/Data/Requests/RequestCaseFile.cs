using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Payouts;
using Waardering.Domain;
using Waardering.Domain.Payouts;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Requests;

/// <summary>
/// What an officer needs beside the request itself (<see cref="RequestRecord"/>) to handle it: the
/// decision term, the decision so far, the co-signature asked, the scheme's terms that made the
/// amounts, and per caregiver whether the award is in a batch or paid and an IBAN change waiting.
/// </summary>
public sealed record RequestCase(
    LocalDate? DecideBy, Instant? DecidedAt, string? DecidedBy, string? ReasonCode, string? Reason, Instant? GrantedAt,
    Instant? CoSignRequestedAt, Instant? CoSignRemindedAt, string SplitMode, string PayoutMode, string PayoutMethod,
    long BaseAmountCents, long CurrentAmountCents, Instant? PersonalDataRemovedAt)
{
    public IReadOnlyList<CaregiverCase> Caregivers { get; init; } = [];
}

/// <summary>A caregiver's award: in a batch or paid (its IBAN can no longer change), and a proposed IBAN change, masked.</summary>
public sealed record CaregiverCase(int Position, bool InBatchOrPaid, PendingIbanChange? PendingChange);

public sealed record PendingIbanChange(string NewIbanMasked, string ProposedBy, Instant ProposedAt);

public static class RequestCaseFile
{
    public static async Task<RequestCase?> ReadAsync(NpgsqlDataSource dataSource, Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string Status, Instant SubmittedAt, int DecisionWeeks, Instant? DecidedAt,
            string? DecidedBy, string? ReasonCode, string? Reason, Instant? GrantedAt, Instant? CoSignRequestedAt, Instant? CoSignRemindedAt,
            string SplitMode, string PayoutMode, string PayoutMethod, long BaseAmountCents, long CurrentAmountCents,
            Instant? PersonalDataRemovedAt)?>(new CommandDefinition("""
            select r.status, r.submitted_at, s.decision_weeks, r.decided_at, r.decided_by, r.reason_code, r.reason, r.granted_at,
                r.co_sign_requested_at, r.co_sign_reminded_at, s.split_mode, s.payout_mode, s.payout_method,
                s.base_amount_cents, s.current_amount_cents, r.personal_data_removed_at
            from requests r join schemes s on s.id = r.scheme_id
            where r.id = @id
            """, new { id }, cancellationToken: cancellationToken));
        if (row is not { } r)
        {
            return null;
        }

        // The term runs for an undecided request only (DecisionTerm): a decided one has none.
        LocalDate? decideBy = RequestLife.Undecided.Contains(Codes.Parse<RequestStatus>(r.Status))
            ? DecisionTerm.DecideBy(AmsterdamTime.DateOf(r.SubmittedAt), r.DecisionWeeks)
            : null;
        var caregivers = await connection.QueryAsync<(int Position, bool InBatchOrPaid, string? NewIbanMasked, string? ProposedBy,
            Instant? ProposedAt)>(new CommandDefinition($"""
            select c.position,
                exists (select 1 from payments p where p.request_id = c.request_id and p.caregiver_position = c.position
                        and p.status in {PaymentConditions.Live}),
                i.new_iban_masked, i.proposed_by, i.proposed_at
            from request_caregivers c
            left join iban_changes i on i.request_id = c.request_id and i.caregiver_position = c.position and i.status = @pending
            where c.request_id = @id
            order by c.position
            """, new { id, pending = IbanChangeStatus.Pending.Code() }, cancellationToken: cancellationToken));
        return new RequestCase(decideBy, r.DecidedAt, r.DecidedBy, r.ReasonCode, r.Reason, r.GrantedAt, r.CoSignRequestedAt,
            r.CoSignRemindedAt, r.SplitMode, r.PayoutMode, r.PayoutMethod, r.BaseAmountCents, r.CurrentAmountCents, r.PersonalDataRemovedAt)
        {
            Caregivers = caregivers.Select(c => new CaregiverCase(c.Position, c.InBatchOrPaid,
                c.ProposedAt is { } at ? new PendingIbanChange(c.NewIbanMasked!, c.ProposedBy!, at) : null)).ToList(),
        };
    }
}
