namespace Waardering.Domain.Tests;

public sealed class IbanTests
{
    [Theory]
    [InlineData("NL91ABNA0417164300")]
    [InlineData("nl91 abna 0417 1643 00")]
    [InlineData("DE89370400440532013000")]
    [InlineData("BE68539007547034")]
    [InlineData("GB29NWBK60161331926819")]
    [InlineData("FR1420041010050500013M02606")]
    [InlineData("CH9300762011623852957")]
    [InlineData("NO9386011117947")]
    public void TryParse_ValidSepaIban_Accepts(string input)
    {
        Assert.True(Iban.TryParse(input, out var iban));
        Assert.DoesNotContain(' ', iban.Value);
        Assert.Equal(iban.Value.ToUpperInvariant(), iban.Value);
    }

    [Theory]
    [InlineData("NL91ABNA0417164301")] // check digits do not fit
    [InlineData("NL91ABNA041716430")]  // one short for NL
    [InlineData("DE8937040044053201300")]
    [InlineData("US64SVBKUS6S3300958879")] // not a SEPA country
    [InlineData("XX91ABNA0417164300")]
    [InlineData("NL9!ABNA0417164300")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_WrongChecksumLengthOrCountry_Refuses(string? input)
    {
        Assert.False(Iban.TryParse(input, out _));
    }

    [Fact]
    public void Masked_ShowsOnlyCountryCheckAndLastFour()
    {
        Iban.TryParse("NL91ABNA0417164300", out var iban);

        Assert.Equal("NL91**********4300", iban.Masked);
        Assert.Equal(iban.Masked, iban.ToString());
        Assert.Equal("NL91 ABNA 0417 1643 00", iban.Formatted);
        Assert.Equal("NL", iban.CountryCode);
    }
}
