using Waardering.Domain.Schemes;

namespace Waardering.Domain.Tests.Schemes;

public sealed class AwardSplitTests
{
    [Fact]
    public void Amounts_PerRequest_SplitsTheUnitByWeight() =>
        Assert.Equal([7500, 3750, 3750], SplitMode.PerRequest.Amounts(15000, [2, 1, 1]));

    [Fact]
    public void Amounts_PerRequest_PartsSumExactlyToTheUnit() =>
        Assert.Equal(10000, SplitMode.PerRequest.Amounts(10000, [1, 1, 1]).Sum());

    [Fact]
    public void Amounts_PerCaregiver_GivesEachTheWholeUnitWhateverTheWeights() =>
        Assert.Equal([15000, 15000, 15000], SplitMode.PerCaregiver.Amounts(15000, [2, 1, 1]));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Units_PerRequest_IsOne(int caregivers) => Assert.Equal(1, SplitMode.PerRequest.Units(caregivers));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Units_PerCaregiver_IsOnePerCaregiver(int caregivers) =>
        Assert.Equal(caregivers, SplitMode.PerCaregiver.Units(caregivers));
}
