namespace Waardering.Domain.Payouts;

/// <summary>
/// Where a change of a caregiver's IBAN stands (db/migrations/0013_four_eyes_on_money.sql lists the
/// codes). A changed IBAN moves money to another account, so a second officer confirms it.
/// </summary>
public enum IbanChangeStatus
{
    /// <summary>Proposed by one officer; the award is not paid until another confirms it.</summary>
    Pending,

    /// <summary>Confirmed by a second officer: the award is paid to the new IBAN.</summary>
    Confirmed,

    /// <summary>Never applied: a later proposal took its place, or the caregiver's data was erased.</summary>
    Withdrawn,
}
