namespace Waardering.Domain.Tests;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("jan@example.org")]
    [InlineData("j.de.vries+waardering@gemeente.hilversum.nl")]
    [InlineData("o'brien@example.co.uk")]
    public void IsValid_OrdinaryAddress_Accepts(string input) => Assert.True(EmailAddress.IsValid(input));

    [Theory]
    [InlineData("jan@")]
    [InlineData("@example.org")]
    [InlineData("jan@example")]
    [InlineData("jan jansen@example.org")]
    [InlineData("jan@@example.org")]
    [InlineData("jan@exa_mple.org")]
    [InlineData(".jan@example.org")]
    [InlineData("jan..de@example.org")]
    [InlineData("jan@-example.org")]
    [InlineData("jan@example.1")]
    [InlineData("jan@example.org\n")]
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_MalformedAddress_Refuses(string? input) => Assert.False(EmailAddress.IsValid(input));

    [Fact]
    public void IsValid_OverlongAddress_Refuses() =>
        Assert.False(EmailAddress.IsValid(new string('a', 64) + "@" + new string('b', 190) + ".nl"));

    [Theory]
    [InlineData("jan.jansen@example.org", "j***@example.org")]
    [InlineData("a@b.nl", "a***@b.nl")]
    [InlineData("not an address", "***")]
    [InlineData("@example.org", "***")]
    public void Masked_ShowsTheFirstSignAndTheDomainOnly(string address, string masked) =>
        Assert.Equal(masked, EmailAddress.Masked(address));
}
