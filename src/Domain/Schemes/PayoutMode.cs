namespace Waardering.Domain.Schemes;

/// <summary>When the amount of an approved request is fixed (schemes.payout_mode).</summary>
public enum PayoutMode
{
    /// <summary>Each approval locks the amount of that moment, as it follows the budget.</summary>
    Rolling,

    /// <summary>Approved requests wait for the window to close; then everyone gets the same final amount.</summary>
    AfterClose,
}
