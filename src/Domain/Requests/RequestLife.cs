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
        [RequestStatus.Received, RequestStatus.AwaitingCoSignature, RequestStatus.WaitingForBudget, RequestStatus.InReview];

    /// <summary>
    /// The units the amount must still be paid from (besides approved requests not yet granted,
    /// which the store tells by their grant): every undecided request but a possible duplicate,
    /// so that a flood of anonymous requests for recipients who applied already cannot push the
    /// amount down for everyone.
    /// </summary>
    public static readonly IReadOnlyList<RequestStatus> OpenUnits = Undecided.Where(s => s != RequestStatus.InReview).ToArray();

    /// <summary>
    /// The units that arrived, for the forecast of arrivals: every request but a rejected, voided
    /// or possibly duplicate one. An expired request did arrive, so it shapes the curve of arrivals.
    /// </summary>
    public static readonly IReadOnlyList<RequestStatus> ArrivedUnits =
        Enum.GetValues<RequestStatus>().Where(s => s is not (RequestStatus.Rejected or RequestStatus.Voided or RequestStatus.InReview)).ToArray();

    /// <summary>
    /// A recipient's live request: at most one per scheme year (the partial unique indexes of
    /// db/migrations/0015_intake.sql). A refused, expired or voided request blocks nobody, and a
    /// possible duplicate waits beside the live one.
    /// </summary>
    public static readonly IReadOnlyList<RequestStatus> Live =
        [RequestStatus.Received, RequestStatus.AwaitingCoSignature, RequestStatus.WaitingForBudget, RequestStatus.Approved];

    /// <summary>
    /// Ended without an award: nothing will be paid, so the request is settled for privacy (its
    /// personal data may go) and reports of reach leave it out.
    /// </summary>
    public static readonly IReadOnlyList<RequestStatus> EndedWithoutAward =
        [RequestStatus.Rejected, RequestStatus.Expired, RequestStatus.Voided, RequestStatus.Withdrawn];

    private static readonly FrozenDictionary<RequestStatus, RequestStatus[]> Next = new Dictionary<RequestStatus, RequestStatus[]>
    {
        // An officer approves (granted, or the budget is out), rejects or voids; the citizen who applied withdraws it.
        [RequestStatus.Received] =
            [RequestStatus.Approved, RequestStatus.WaitingForBudget, RequestStatus.Rejected, RequestStatus.Voided, RequestStatus.Withdrawn],

        // The recipient (or an officer, from the counter or paper) confirms, the expiry days pass, or an officer
        // rejects or voids; never approved unconfirmed.
        [RequestStatus.AwaitingCoSignature] =
            [RequestStatus.Received, RequestStatus.Expired, RequestStatus.Rejected, RequestStatus.Voided, RequestStatus.Withdrawn],

        // An officer approves again: granted, or still no budget (a new decision on the trail), rejects or voids.
        [RequestStatus.WaitingForBudget] =
            [RequestStatus.Approved, RequestStatus.WaitingForBudget, RequestStatus.Rejected, RequestStatus.Voided, RequestStatus.Withdrawn],

        // A possible duplicate: an officer decides it like any other (approving only once no other request of the
        // recipient is live), or voids it.
        [RequestStatus.InReview] =
            [RequestStatus.Approved, RequestStatus.WaitingForBudget, RequestStatus.Rejected, RequestStatus.Voided, RequestStatus.Withdrawn],

        // Payout after close: when the window closes below the floor, the budget can run out before the award.
        [RequestStatus.Approved] = [RequestStatus.WaitingForBudget],
        [RequestStatus.Rejected] = [],
        [RequestStatus.Expired] = [],
        [RequestStatus.Voided] = [],
        [RequestStatus.Withdrawn] = [],
    }.ToFrozenDictionary();

    /// <summary>Whether a request in <paramref name="from"/> may change to <paramref name="to"/>.</summary>
    public static bool CanBecome(RequestStatus from, RequestStatus to) => Next[from].Contains(to);

    /// <summary>
    /// The status a citizen is shown: a possible duplicate looks received, so that nobody learns
    /// from the answer whether the recipient applied before.
    /// </summary>
    public static RequestStatus AsCitizenSees(RequestStatus status) => status == RequestStatus.InReview ? RequestStatus.Received : status;
}
