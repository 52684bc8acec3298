namespace Waardering.Domain.Payouts;

/// <summary>Where one payment of an award stands (db/migrations/0003_payouts.sql lists the codes).</summary>
public enum PaymentStatus
{
    /// <summary>In a payout batch, on its way to the bank.</summary>
    InBatch,

    /// <summary>The batch was booked: the bank paid it.</summary>
    Paid,

    /// <summary>The bank returned it (a closed account, a wrong IBAN); another payment may follow.</summary>
    Failed,
}

/// <summary>Where a payout batch stands: four eyes between building it and sending it.</summary>
public enum PayoutBatchStatus
{
    /// <summary>Built, waiting for a second officer.</summary>
    Created,

    /// <summary>Approved by a second officer: the file may go to the bank.</summary>
    Approved,

    /// <summary>The bank has paid it.</summary>
    Booked,
}

public static class PaymentLife
{
    /// <summary>A payment that stands: it blocks another payment of the same award (invariant 3).</summary>
    public static readonly IReadOnlyList<PaymentStatus> Live = [PaymentStatus.InBatch, PaymentStatus.Paid];
}
