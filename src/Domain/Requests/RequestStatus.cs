namespace Waardering.Domain.Requests;

/// <summary>
/// Where a request stands, in the order of its life. Stored and answered as its code
/// (<c>awaitingCoSignature</c>); db/migrations/0011_request_status_check.sql lists every code.
/// </summary>
public enum RequestStatus
{
    /// <summary>Stored and waiting for an officer's decision.</summary>
    Received,

    /// <summary>A caregiver applied and the scheme asks the recipient to confirm before an officer decides.</summary>
    AwaitingCoSignature,

    /// <summary>Approved, but the appreciation budget is spent: granted when budget comes back.</summary>
    WaitingForBudget,

    /// <summary>Approved; granted at once (rolling payout) or when the window closes (payout after close).</summary>
    Approved,

    /// <summary>Refused by an officer, with a reason.</summary>
    Rejected,

    /// <summary>The recipient did not confirm within the scheme's expiry days.</summary>
    Expired,

    /// <summary>
    /// A possible duplicate: an anonymous request for a recipient who already has a live one. Held
    /// for an officer, out of the amount and never paid unless decided; the citizen sees it as received.
    /// </summary>
    InReview,

    /// <summary>Declared void by an officer, with a reason (a mistaken, fraudulent or withdrawn request).</summary>
    Voided,

    /// <summary>Withdrawn by the citizen who applied, signed in with DigiD, before it was decided.</summary>
    Withdrawn,
}
