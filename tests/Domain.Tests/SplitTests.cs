using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Waardering.Domain.Tests;

public sealed class SplitTests
{
    [Theory]
    [InlineData(15000, new[] { 1, 1, 1 }, new long[] { 5000, 5000, 5000 })]
    [InlineData(10000, new[] { 1, 1, 1 }, new long[] { 3334, 3333, 3333 })]
    [InlineData(100, new[] { 1, 2 }, new long[] { 33, 67 })]
    [InlineData(1, new[] { 1, 1, 1 }, new long[] { 1, 0, 0 })]
    [InlineData(2, new[] { 1, 1, 1 }, new long[] { 1, 1, 0 })]
    [InlineData(5000, new[] { 3 }, new long[] { 5000 })]
    [InlineData(0, new[] { 1, 1 }, new long[] { 0, 0 })]
    [InlineData(15000, new[] { 2, 1, 1 }, new long[] { 7500, 3750, 3750 })]
    public void ByWeights_GivesTheLargestRemaindersTheLeftoverCents(long total, int[] weights, long[] expected)
    {
        Assert.Equal(expected, Split.ByWeights(total, weights));
    }

    [Fact]
    public void ByWeights_OnATie_GivesTheCentToTheEarlierPart()
    {
        // 5 over 1:1:1:1 leaves one cent and four equal remainders.
        Assert.Equal([2, 1, 1, 1], Split.ByWeights(5, [1, 1, 1, 1]));
    }

    [Fact]
    public void ByWeights_WithoutWeights_Throws() =>
        Assert.Throws<ArgumentException>(() => Split.ByWeights(100, []));

    [Fact]
    public void ByWeights_WithAZeroWeight_Throws() =>
        Assert.Throws<ArgumentException>(() => Split.ByWeights(100, [1, 0]));

    [Fact]
    public void ByWeights_NegativeTotal_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Split.ByWeights(-1, [1]));

    [Fact]
    public void ByWeights_VeryLargeTotals_DoNotOverflow()
    {
        var total = long.MaxValue / 1000;
        Assert.Equal(total, Split.ByWeights(total, [100, 99, 1]).Sum());
    }

    [Property(MaxTest = 500)]
    public Property ByWeights_PartsAlwaysSumExactlyAndStayWithinACentOfTheExactShare() =>
        Prop.ForAll(Totals(), WeightLists(10), (total, weights) =>
        {
            var parts = Split.ByWeights(total, weights);
            var sum = weights.Sum();
            return parts.Sum() == total &&
                   parts.Select((p, i) => Math.Abs((decimal)p - ((decimal)total * weights[i] / sum))).All(d => d < 1m);
        });

    [Property(MaxTest = 500)]
    public Property ByWeights_WithEqualWeights_PartsDifferByAtMostOneCent() =>
        Prop.ForAll(Totals(), Gen.Choose(1, 3).ToArbitrary(), (total, count) =>
        {
            var parts = Split.ByWeights(total, Enumerable.Repeat(1, count).ToArray());
            return parts.Sum() == total && parts.Max() - parts.Min() <= 1;
        });

    private static Arbitrary<long> Totals() => Gen.Choose(0, 10_000_000).Select(t => (long)t).ToArbitrary();

    private static Arbitrary<int[]> WeightLists(int maxCount) =>
        Gen.Choose(1, maxCount).SelectMany(n => Gen.ArrayOf(Gen.Choose(1, 100), n)).ToArbitrary();
}
