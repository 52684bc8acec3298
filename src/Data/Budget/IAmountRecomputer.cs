namespace Waardering.Data.Budget;

/// <summary>Recomputes a scheme's amount per unit; run by the Worker on a schedule and as volume grows, and by Web on demand.</summary>
public interface IAmountRecomputer
{
    /// <summary>Run by the Worker: what closing the scheme changes is on the trail as the worker's.</summary>
    Task<RecomputeResult?> RecomputeAsync(long schemeId, string reason, CancellationToken cancellationToken);

    /// <summary>Asked for by <paramref name="by"/>: what closing the scheme changes is on the trail as theirs.</summary>
    Task<RecomputeResult?> RecomputeAsync(long schemeId, string reason, Audit.Actor by, CancellationToken cancellationToken);

    /// <summary>Every scheme whose window is open today, and every afterClose scheme that closed and awaits its final amount.</summary>
    Task RecomputeOpenSchemesAsync(CancellationToken cancellationToken);
}

public static class RecomputeReasons
{
    public const string Scheduled = "scheduled";
    public const string Volume = "volume";
    public const string Manual = "manual";
    public const string Close = "close";
}

public sealed record RecomputeResult(
    long CurrentAmountCents, long AvailableCents, long GrantedCents, int OpenUnits, int ForecastUnits,
    string ForecastMethod, bool BelowFloor, bool BudgetExhausted, string Reason, NodaTime.Instant ComputedAt)
{
    /// <summary>Policy staff must act: raise the budget or lower the floor.</summary>
    public bool NeedsAttention => BelowFloor || BudgetExhausted;
}
