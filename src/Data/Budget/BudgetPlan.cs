using Waardering.Domain.Budget;

namespace Waardering.Data.Budget;

/// <summary>
/// A row of the plan as policy staff enter it: income from a source (a SPUK grant with its code
/// and last funded year), or planned spending on a line; an amount per year, 0 where none is given.
/// </summary>
public sealed record PlanRowInput(
    PlanRowKind Kind, string Name, FundingSource? Source, string? GrantCode, int? GrantLastYear, IReadOnlyDictionary<int, long> AmountCents);

public sealed record PlanRow(
    long Id, PlanRowKind Kind, string Name, FundingSource? Source, string? GrantCode, int? GrantLastYear,
    IReadOnlyDictionary<int, long> AmountCents);

/// <summary>A grant whose last funded year lies before the year it is named in: that year has no money from it.</summary>
public sealed record EndedGrant(string GrantCode, int LastYear);

/// <summary>
/// One year of the plan: its income and planned spending, the difference between them (negative
/// when the plan spends more than it has), what is actually charged to the budget lines, and the
/// grants that have ended by then (Hilversum: SPUK GALA after 2026).
/// </summary>
public sealed record PlanYear(
    int Year, long IncomeCents, long PlannedCents, long DifferenceCents, long ActualCents, IReadOnlyList<EndedGrant> EndedGrants);

public sealed record BudgetPlan(
    string Municipality, int FirstYear, int LastYear, IReadOnlyList<PlanRow> Rows, IReadOnlyList<PlanYear> Years);

public enum PlanWriteOutcome
{
    Created,
    Updated,
    Removed,

    /// <summary>The municipality has no plan yet: its years come first.</summary>
    NoPlan,
    UnknownRow,
    UnknownMunicipality,
}
