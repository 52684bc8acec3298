using Waardering.Domain.Budget;

namespace Waardering.Domain.Tests.Budget;

public sealed class AmountWhatIfTests
{
    // Hilversum: € 200.000 for appreciation less € 50.000 for the caregivers' week; base € 150, floor € 50, whole euros.
    private const long Available = 20_000_000 - 5_000_000;

    [Theory]
    [InlineData(1000)]
    [InlineData(3000)]
    [InlineData(4000)]
    [InlineData(250_000)]
    public void Answer_IsTheRecomputesAmountWithTheUnitsOpenAndNothingForecast(int units)
    {
        var answer = AmountWhatIf.Answer(15000, 5000, 100, Available, units);

        var recompute = AmountPolicy.Provisional(new AmountInputs(15000, 5000, 100, Available, 0, units, 0));
        Assert.Equal(recompute.AmountCents, answer.AmountCents);
        Assert.Equal(recompute.BelowFloor, answer.BelowFloor);
        Assert.Equal(recompute.AmountCents * units, answer.TotalCents);
    }

    [Fact]
    public void Answer_WithinTheBudget_SaysSo()
    {
        var answer = AmountWhatIf.Answer(15000, 5000, 100, Available, 3000);

        Assert.Equal(5000, answer.AmountCents);
        Assert.False(answer.BelowFloor);
        Assert.True(answer.WithinBudget);
        Assert.Equal(3000, answer.UnitsAtFloor); // € 150.000 / € 50
    }

    [Fact]
    public void Answer_BelowTheFloor_KeepsTheFloorAndTheTotalExceedsTheBudget()
    {
        var answer = AmountWhatIf.Answer(15000, 5000, 100, Available, 4000);

        Assert.Equal(5000, answer.AmountCents);
        Assert.True(answer.BelowFloor);
        Assert.False(answer.WithinBudget);
        Assert.Equal(20_000_000, answer.TotalCents);
    }

    [Fact]
    public void Answer_WithoutAFloor_CoversEveryUnit()
    {
        var answer = AmountWhatIf.Answer(15000, 0, 100, Available, 4000);

        Assert.Equal(3700, answer.AmountCents);
        Assert.Null(answer.UnitsAtFloor);
        Assert.True(answer.WithinBudget);
    }
}
