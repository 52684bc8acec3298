using Waardering.Domain.Budget;

namespace Waardering.Data.Budget;

/// <summary>A budget line as policy staff set it.</summary>
public sealed record BudgetLine(
    string MunicipalityCode, int Year, string Code, string Name, FundingSource Source, string? GrantCode, int? GrantLastYear,
    long AmountCents, bool FundsAppreciation);

public enum BudgetWriteOutcome
{
    Created,
    Updated,
    UnknownMunicipality,
    UnknownLine,

    /// <summary>The change would make what is charged to the line exceed its amount.</summary>
    WouldOverspend,

    /// <summary>
    /// The code already names a line with charges from another funding source or grant: reusing it
    /// would move spent money to another source in the accounts.
    /// </summary>
    CodeInUse,
}
