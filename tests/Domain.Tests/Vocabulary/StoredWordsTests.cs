using Waardering.Domain.Budget;
using Waardering.Domain.Contact;
using Waardering.Domain.Mail;
using Waardering.Domain.Vocabulary;

namespace Waardering.Domain.Tests.Vocabulary;

/// <summary>The codes the database, the API and the templates hold: renaming a member changes none of them unnoticed.</summary>
public sealed class StoredWordsTests
{
    [Fact]
    public void ConsentAnswers() => Assert.Equal(["asked", "given", "refused", "withdrawn"], Codes.All<ConsentAnswer>());

    [Fact]
    public void ConsentSources() => Assert.Equal(["application", "mail", "staff"], Codes.All<ConsentSource>());

    [Fact]
    public void ContactWishes() => Assert.Equal(["none", "phone", "mail"], Codes.All<ContactWish>());

    [Fact]
    public void ReferralStatuses() => Assert.Equal(["open", "contacted", "closed"], Codes.All<ReferralStatus>());

    [Fact]
    public void OutboxStatuses() => Assert.Equal(["pending", "sent", "failed", "cancelled"], Codes.All<OutboxStatus>());

    [Fact]
    public void FundingSources() => Assert.Equal(["spuk", "municipal", "other"], Codes.All<FundingSource>());

    [Fact]
    public void LastYearSources() => Assert.Equal(["none", "service", "imported"], Codes.All<LastYearSource>());
}
