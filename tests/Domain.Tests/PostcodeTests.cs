namespace Waardering.Domain.Tests;

public sealed class PostcodeTests
{
    [Theory]
    [InlineData("1211AB", "1211AB", 1211)]
    [InlineData("1211 ab", "1211AB", 1211)]
    [InlineData(" 1000 AA ", "1000AA", 1000)]
    [InlineData("9999ZZ", "9999ZZ", 9999)]
    public void TryParse_DutchPostcode_Normalises(string input, string value, int digits)
    {
        Assert.True(Postcode.TryParse(input, out var postcode));
        Assert.Equal(value, postcode.Value);
        Assert.Equal(digits, postcode.Digits);
        Assert.Equal($"{value[..4]} {value[4..]}", postcode.ToString());
    }

    [Theory]
    [InlineData("0999AA")]
    [InlineData("1211SA")]
    [InlineData("1211SD")]
    [InlineData("1211SS")]
    [InlineData("121AB")]
    [InlineData("1211A")]
    [InlineData("1211  AB")]
    [InlineData("B-1000")]
    [InlineData(null)]
    public void TryParse_NotAnIssuedDutchPostcode_Refuses(string? input)
    {
        Assert.False(Postcode.TryParse(input, out _));
    }

    [Fact]
    public void Range_ContainsBothEnds()
    {
        var range = new PostcodeRange(1200, 1223);
        Postcode.TryParse("1200AA", out var first);
        Postcode.TryParse("1223ZZ", out var last);
        Postcode.TryParse("1224AA", out var outside);

        Assert.True(range.Contains(first));
        Assert.True(range.Contains(last));
        Assert.False(range.Contains(outside));
    }

    [Theory]
    [InlineData(999, 1200)]
    [InlineData(1300, 1200)]
    [InlineData(1200, 10000)]
    public void Range_Malformed_Throws(int from, int to) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PostcodeRange(from, to));
}
