using NodaTime;

namespace Waardering.Data.Payouts;

public enum IbanChangeOutcome
{
    Done,
    NotFound,

    /// <summary>The award is in a batch or paid: its IBAN cannot change now.</summary>
    InBatchOrPaid,

    /// <summary>No change of this caregiver's IBAN waits for confirmation.</summary>
    NothingPending,

    /// <summary>Four eyes: the officer who proposed the change cannot confirm it.</summary>
    OwnProposal,
}

/// <summary>A proposed IBAN change, as the officers see it: masked, with who proposed and who confirmed it.</summary>
public sealed record IbanChangeView(
    Guid Id, Guid RequestId, int Position, string Status, string? OldIbanMasked, string NewIbanMasked,
    string ProposedBy, Instant ProposedAt, string? ConfirmedBy, Instant? ConfirmedAt);
