using Waardering.Domain.Budget;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Budget;

/// <summary>The database knows the same funding sources as the Domain.</summary>
public sealed class FundingSourceConstraintTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task SourceCheck_ListsExactlyTheDomainsSources() =>
        Assert.Equal(Codes.All<FundingSource>(), await app.CheckedCodesAsync("budget_lines", "budget_lines_source_check"));
}
