using Waardering.Domain.Budget;

namespace Waardering.Domain.Tests;

public sealed class AmountPolicyTests
{
    // Hilversum: € 200.000 for appreciation, € 50.000 of it for the caregivers' week, base € 150.
    private const long Available = 20_000_000 - 5_000_000;

    [Theory]
    [InlineData(1000, 15000)] // € 150 000 / 1 000 = € 150: the base
    [InlineData(3000, 5000)]  // € 150 000 / 3 000 = € 50, as the policy plan foresees
    [InlineData(4000, 3700)]  // € 37,50 rounded down to whole euros
    [InlineData(500, 15000)]  // never above the base
    public void Provisional_FollowsTheBudgetAsVolumeGrows(int units, long expected)
    {
        var outcome = AmountPolicy.Provisional(new AmountInputs(15000, 0, 100, Available, 0, units, 0));

        Assert.Equal(expected, outcome.AmountCents);
        Assert.False(outcome.BelowFloor);
    }

    [Fact]
    public void Provisional_CountsWhatIsGrantedAndTheForecast()
    {
        // € 150 000 − € 60 000 granted = € 90 000 over 1 000 open and 800 forecast units = € 50.
        var outcome = AmountPolicy.Provisional(new AmountInputs(15000, 0, 100, Available, 6_000_000, 1000, 800));

        Assert.Equal(5000, outcome.AmountCents);
    }

    [Fact]
    public void Provisional_BelowTheFloor_KeepsTheFloorAndSaysSo()
    {
        var outcome = AmountPolicy.Provisional(new AmountInputs(15000, 5000, 100, Available, 0, 4000, 0));

        Assert.Equal(5000, outcome.AmountCents);
        Assert.True(outcome.BelowFloor);
    }

    [Fact]
    public void Provisional_WhenTheBudgetIsSpent_FallsToTheFloor()
    {
        var outcome = AmountPolicy.Provisional(new AmountInputs(15000, 0, 100, Available, Available + 100, 10, 0));

        Assert.Equal(0, outcome.AmountCents);
        Assert.True(outcome.BudgetExhausted);
    }

    [Fact]
    public void Final_SharesTheWholeBudgetOverAllUnits() =>
        Assert.Equal(4500, AmountPolicy.Final(15000, 0, 500, Available, 3200).AmountCents); // € 46,87 down to € 45
}
