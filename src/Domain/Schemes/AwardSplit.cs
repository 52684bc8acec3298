namespace Waardering.Domain.Schemes;

/// <summary>
/// What one request's caregivers get of the scheme's unit amount, and how many units the request
/// counts for when the amount follows the budget. The one place the split mode is applied: at
/// intake (provisional), at a rolling approval and when an after-close scheme is finalized.
/// </summary>
public static class AwardSplit
{
    /// <summary>The caregivers' parts, in the order of their weights. Per request the parts sum exactly to the unit.</summary>
    public static long[] Amounts(this SplitMode mode, long unitCents, IReadOnlyList<int> weights) => mode switch
    {
        SplitMode.PerRequest => Split.ByWeights(unitCents, weights),
        SplitMode.PerCaregiver => weights.Select(_ => unitCents).ToArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    /// <summary>The units a request of this many caregivers counts for: one per request, or one per caregiver.</summary>
    public static int Units(this SplitMode mode, int caregivers) => mode switch
    {
        SplitMode.PerRequest => 1,
        SplitMode.PerCaregiver => caregivers,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };
}
