namespace Waardering.Domain.Tests;

public sealed class BsnTests
{
    [Theory]
    [InlineData("111222333")]
    [InlineData("123456782")]
    [InlineData("1112.22.333")]
    [InlineData(" 111 222 333 ")]
    public void TryParse_WhenElevenTestHolds_Accepts(string input)
    {
        Assert.True(Bsn.TryParse(input, out var bsn));
        Assert.Equal(9, bsn.Value.Length);
    }

    [Theory]
    [InlineData("123456789")]
    [InlineData("000000000")]
    [InlineData("12345678a")]
    [InlineData("1234567")]
    [InlineData("1234567890")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_WhenNotNineDigitsPassingTheElevenTest_Refuses(string? input)
    {
        Assert.False(Bsn.TryParse(input, out _));
    }

    [Fact]
    public void TryParse_EightDigits_ReadsThemWithALeadingZero()
    {
        // 012345672: 0·9+1·8+2·7+3·6+4·5+5·4+6·3+7·2 = 112, minus 2 = 110 = 10·11.
        Assert.True(Bsn.TryParse("12345672", out var bsn));
        Assert.Equal("012345672", bsn.Value);
    }

    [Fact]
    public void ToString_ShowsOnlyTheLastThreeDigits()
    {
        Bsn.TryParse("111222333", out var bsn);

        Assert.Equal("******333", bsn.ToString());
        Assert.Equal("******333", $"{bsn}");
        Assert.DoesNotContain("111222", bsn.Masked);
    }
}
