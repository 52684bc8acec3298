using System.Collections.Frozen;

namespace Waardering.Domain.Requests;

/// <summary>
/// The rules of a request's life, said once: which statuses an officer can still decide, which
/// count for the amount, which ended without an award, and which changes of status are allowed.
/// </summary>
public static class RequestLife
{
    /// <summary>Not decided yet: an officer can still reject (and, once co-signed, approve) it.</summary>
    public static readonly IReadOnlyList<RequestStatus> Undecided =
        [RequestStatus.Received, RequestStatus.AwaitingCoSignature, RequestStatus.WaitingForBudget];

    /// <summary>
    /// The units the amount must still be paid from (besides approved requests not yet granted,
    /// which the store tells by their grant): every undecided request.
    /// </summary>
    public static readonly IReadOnlyList<RequestStatus> OpenUnits = Undecided;

    /// <summary>
    /// The units that arrived, for the forecast of arrivals: every request but a rejected one.
    /// An expired request did arrive, so it shapes the curve of arrivals.
    /// </summary>
    public static readonly IReadOnlyList<RequestStatus> ArrivedUnits =
        Enum.GetValues<RequestStatus>().Where(s => s != RequestStatus.Rejected).ToArray();

    /// <summary>
    /// Ended without an award: nothing will be paid, so the request is settled for privacy (its
    /// personal data may go) and reports of reach leave it out.
    /// </summary>
    public static readonly IReadOnlyList<RequestStatus> EndedWithoutAward = [RequestStatus.Rejected, RequestStatus.Expired];

    private static readonly FrozenDictionary<RequestStatus, RequestStatus[]> Next = new Dictionary<RequestStatus, RequestStatus[]>
    {
        // An officer approves (granted, or the budget is out) or rejects.
        [RequestStatus.Received] = [RequestStatus.Approved, RequestStatus.WaitingForBudget, RequestStatus.Rejected],

        // The recipient confirms, the expiry days pass, or an officer rejects; never approved unconfirmed.
        [RequestStatus.AwaitingCoSignature] = [RequestStatus.Received, RequestStatus.Expired, RequestStatus.Rejected],

        // An officer approves again: granted, or still no budget (a new decision on the trail), or rejects.
        [RequestStatus.WaitingForBudget] = [RequestStatus.Approved, RequestStatus.WaitingForBudget, RequestStatus.Rejected],

        // Payout after close: when the window closes below the floor, the budget can run out before the award.
        [RequestStatus.Approved] = [RequestStatus.WaitingForBudget],
        [RequestStatus.Rejected] = [],
        [RequestStatus.Expired] = [],
    }.ToFrozenDictionary();

    /// <summary>Whether a request in <paramref name="from"/> may change to <paramref name="to"/>.</summary>
    public static bool CanBecome(RequestStatus from, RequestStatus to) => Next[from].Contains(to);
}
