namespace Waardering.Domain.Schemes;

/// <summary>How a granted appreciation reaches the caregiver (schemes.payout_method).</summary>
public enum PayoutMethod
{
    /// <summary>Money to the caregiver's IBAN, in a SEPA payout batch.</summary>
    BankTransfer,

    /// <summary>A gift card or voucher code (VVV) from the municipality's stock, sent by mail.</summary>
    Voucher,
}
