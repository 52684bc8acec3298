namespace Waardering.Data.Decisions;

public enum DecisionOutcome
{
    NotFound,

    /// <summary>The request's status does not allow this decision (e.g. deciding twice).</summary>
    NotAllowed,
    Approved,

    /// <summary>Approved, but the budget cannot cover it now: it waits, nothing is granted.</summary>
    WaitingForBudget,
    Rejected,

    /// <summary>Four eyes: the officer entered this request themselves; another officer decides it.</summary>
    OwnRequest,

    /// <summary>The scheme pays in vouchers and no free code is left; nothing was written.</summary>
    NoVouchersLeft,
}
