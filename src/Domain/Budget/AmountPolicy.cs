namespace Waardering.Domain.Budget;

/// <summary>What the amount per unit was computed from; stored with every recompute.</summary>
public sealed record AmountInputs(
    long BaseCents, long FloorCents, long StepCents, long AvailableCents, long GrantedCents, int OpenUnits, int ForecastUnits);

/// <param name="BelowFloor">The budget would give less than the floor; the floor is kept.</param>
/// <param name="BudgetExhausted">Nothing is left for the units still open.</param>
public sealed record AmountOutcome(long AmountCents, bool BelowFloor, bool BudgetExhausted = false);

/// <summary>
/// The amount follows the budget (Hilversum: "van ruim 1.000 nu naar 3000-4000 … wordt dan
/// noodzakelijkerwijs € 50 om binnen het budget te blijven"). A unit is a request (split mode per
/// request) or a caregiver (per caregiver).
/// </summary>
public static class AmountPolicy
{
    /// <summary>
    /// During the window: min(base, (available − granted) / (open + forecast units)), rounded
    /// down to the step. Below the floor the floor is kept and policy staff are told: requests the
    /// budget cannot cover then wait for budget, and nothing is paid beyond it.
    /// </summary>
    public static AmountOutcome Provisional(AmountInputs inputs)
    {
        var units = (long)inputs.OpenUnits + inputs.ForecastUnits;
        var left = Math.Max(0, inputs.AvailableCents - inputs.GrantedCents);
        var share = units == 0 ? inputs.BaseCents : Math.Min(inputs.BaseCents, left / units);
        return WithFloor(RoundDown(share, inputs.StepCents), inputs) with { BudgetExhausted = inputs.OpenUnits > 0 && left == 0 };
    }

    /// <summary>After the window closes (payout mode afterClose): one amount for every unit, min(base, available / units).</summary>
    public static AmountOutcome Final(long baseCents, long floorCents, long stepCents, long availableCents, int units)
    {
        var share = units == 0 ? baseCents : Math.Min(baseCents, Math.Max(0, availableCents) / units);
        return WithFloor(RoundDown(share, stepCents), new AmountInputs(baseCents, floorCents, stepCents, availableCents, 0, units, 0));
    }

    private static long RoundDown(long cents, long step) => cents - (cents % step);

    private static AmountOutcome WithFloor(long amount, AmountInputs inputs) =>
        amount < inputs.FloorCents ? new AmountOutcome(inputs.FloorCents, BelowFloor: true) : new AmountOutcome(amount, false);
}
