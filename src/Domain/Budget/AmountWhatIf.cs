namespace Waardering.Domain.Budget;

/// <param name="AmountCents">The amount per unit the recompute would set.</param>
/// <param name="BelowFloor">The budget would give less than the floor; the floor is kept, so the total exceeds the budget.</param>
/// <param name="TotalCents">The amount times the units: what all of them would cost.</param>
/// <param name="UnitsAtFloor">How many units today's budget covers at the floor; null without a floor.</param>
public sealed record WhatIfAnswer(int Units, long AmountCents, bool BelowFloor, long TotalCents, long AvailableCents, long? UnitsAtFloor)
{
    public bool WithinBudget => TotalCents <= AvailableCents;
}

/// <summary>
/// The council's question "what is the amount if N requests come?", answered within today's budget
/// by the recompute's own rule: nothing granted yet, N units open, none forecast.
/// </summary>
public static class AmountWhatIf
{
    public const int MinUnits = 1;

    /// <summary>Well above any Dutch municipality's caregivers (Hilversum counts 22,960 long-term ones).</summary>
    public const int MaxUnits = 1_000_000;

    /// <summary>The numbers the page answers without being asked: Hilversum expects to grow from about 1,000 to 3,000-4,000.</summary>
    public static readonly IReadOnlyList<int> Presets = [1_000, 2_000, 3_000, 4_000];

    public static WhatIfAnswer Answer(long baseCents, long floorCents, long stepCents, long availableCents, int units)
    {
        var outcome = AmountPolicy.Provisional(new AmountInputs(baseCents, floorCents, stepCents, availableCents, 0, units, 0));
        var atFloor = floorCents > 0 ? Math.Max(0, availableCents) / floorCents : (long?)null;
        return new WhatIfAnswer(units, outcome.AmountCents, outcome.BelowFloor, outcome.AmountCents * units, availableCents, atFloor);
    }
}
