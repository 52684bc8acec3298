using Waardering.Domain.Budget;
using Waardering.Domain.Vocabulary;

namespace Waardering.Domain.Tests.Budget;

public sealed class FundingSourceTests
{
    [Fact]
    public void Codes_AreTheStoredWords() => Assert.Equal(["spuk", "municipal", "other"], Codes.All<FundingSource>());
}
