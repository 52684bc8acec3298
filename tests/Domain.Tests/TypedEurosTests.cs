namespace Waardering.Domain.Tests;

public sealed class TypedEurosTests
{
    [Theory]
    [InlineData("200.000", 20_000_000)]
    [InlineData("200000", 20_000_000)]
    [InlineData("€ 45.000", 4_500_000)]
    [InlineData("1.234.567,89", 123_456_789)]
    [InlineData("0", 0)]
    [InlineData("12,5", 1250)]
    [InlineData("45.000,-", 4_500_000)]
    public void TryRead_ReadsWhatPeopleType(string text, long expected)
    {
        Assert.True(TypedEuros.TryRead(text, out var cents));
        Assert.Equal(expected, cents);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("200.5")]
    [InlineData("-45.000")]
    [InlineData("20.00.000")]
    [InlineData("12,345")]
    [InlineData("veel")]
    [InlineData("9999999999999")]
    public void TryRead_RefusesWhatItCannotReadSafely(string? text) => Assert.False(TypedEuros.TryRead(text, out _));

    [Theory]
    [InlineData(20_000_000, "200.000")]
    [InlineData(123_456_789, "1.234.567,89")]
    [InlineData(0, "0")]
    public void Write_GivesWhatTryReadReadsBack(long cents, string expected)
    {
        Assert.Equal(expected, TypedEuros.Write(cents));
        Assert.True(TypedEuros.TryRead(TypedEuros.Write(cents), out var back));
        Assert.Equal(cents, back);
    }
}
