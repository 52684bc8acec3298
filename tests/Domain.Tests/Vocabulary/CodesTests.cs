using Waardering.Domain.Vocabulary;

namespace Waardering.Domain.Tests.Vocabulary;

public sealed class CodesTests
{
    private enum Sample
    {
        Received,
        AwaitingCoSignature,
    }

    [Fact]
    public void Code_IsTheNameInCamelCase() => Assert.Equal("awaitingCoSignature", Sample.AwaitingCoSignature.Code());

    [Fact]
    public void Parse_ReadsBackEveryCode()
    {
        foreach (var value in Enum.GetValues<Sample>())
        {
            Assert.Equal(value, Codes.Parse<Sample>(value.Code()));
        }
    }

    [Theory]
    [InlineData("AwaitingCoSignature")]
    [InlineData("awaitingcosignature")]
    [InlineData("1")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_AnythingButAnExactCode_Fails(string? code) => Assert.False(Codes.TryParse<Sample>(code, out _));

    [Fact]
    public void Code_OfAnUndefinedValue_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => ((Sample)7).Code());

    [Fact]
    public void All_ListsTheCodesInOrder() => Assert.Equal(["received", "awaitingCoSignature"], Codes.All<Sample>());
}
