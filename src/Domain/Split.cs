namespace Waardering.Domain;

/// <summary>
/// Splits an amount over caregivers by whole-number weights with the largest-remainder method:
/// each part gets its share rounded down, and the cents left over go one by one to the parts
/// with the largest remainders (the earlier part on a tie). The parts always sum exactly.
/// </summary>
public static class Split
{
    public static long[] ByWeights(long totalCents, IReadOnlyList<int> weights)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalCents);
        if (weights.Count == 0 || weights.Any(w => w < 1))
        {
            throw new ArgumentException("At least one weight, each at least 1.", nameof(weights));
        }

        Int128 weightSum = weights.Sum(w => (long)w);
        var parts = new long[weights.Count];
        var remainders = new Int128[weights.Count];
        long given = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = (Int128)totalCents * weights[i];
            parts[i] = (long)(exact / weightSum);
            remainders[i] = exact % weightSum;
            given += parts[i];
        }

        var order = Enumerable.Range(0, weights.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i).ToArray();
        for (var k = 0; k < totalCents - given; k++)
        {
            parts[order[k]]++;
        }

        return parts;
    }
}
