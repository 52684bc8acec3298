using Waardering.Data.Database;
using Waardering.Domain.Payouts;

namespace Waardering.Data.Payouts;

/// <summary>
/// Payment statuses as constants of a statement's text, where a partial index depends on them:
/// payments_paid (db/migrations/0007_contact.sql), payments_one_live_per_award (0003_payouts.sql) and
/// payments_failed (0031_payout_batch_build.sql).
/// </summary>
public static class PaymentConditions
{
    /// <summary>Paid: booked with the bank.</summary>
    public static readonly string Paid = SqlCodes.Literal(PaymentStatus.Paid);

    /// <summary>The statuses of a live payment, as a list for <c>status in {Live}</c>.</summary>
    public static readonly string Live = SqlCodes.List(PaymentLife.Live);

    /// <summary>Returned by the bank: payments_failed (db/migrations/0031_payout_batch_build.sql).</summary>
    public static readonly string Failed = SqlCodes.Literal(PaymentStatus.Failed);
}
