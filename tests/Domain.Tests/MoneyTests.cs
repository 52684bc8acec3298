namespace Waardering.Domain.Tests;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(15000, "€ 150,00")]
    [InlineData(5, "€ 0,05")]
    [InlineData(123456789, "€ 1.234.567,89")]
    public void ToString_WritesDutchEuros(long cents, string expected) =>
        Assert.Equal(expected, new Money(cents).ToString());

    [Fact]
    public void FromEuros_WithMoreThanTwoDecimals_Throws() =>
        Assert.Throws<ArgumentException>(() => Money.FromEuros(1.005m));

    [Fact]
    public void FromEuros_ExactCents_Converts() => Assert.Equal(15000, Money.FromEuros(150m).Cents);

    [Fact]
    public void New_Negative_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => new Money(-1));
}
