using Waardering.Domain.Contact;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Contact;

/// <summary>The database knows the same words of the contactmoment as the Domain: a word added without a migration fails here.</summary>
public sealed class ContactConstraintTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task ConsentCheck_ListsExactlyTheDomainsAnswers() =>
        Assert.Equal(Codes.All<ConsentAnswer>(), await app.CheckedCodesAsync("caregiver_register", "caregiver_register_consent_check"));

    [Fact]
    public async Task ConsentSourceCheck_ListsExactlyTheDomainsSources() =>
        Assert.Equal(Codes.All<ConsentSource>(), await app.CheckedCodesAsync("caregiver_register", "caregiver_register_consent_source_check"));

    [Fact]
    public async Task ReferralStatusCheck_ListsExactlyTheDomainsStatuses() =>
        Assert.Equal(Codes.All<ReferralStatus>(), await app.CheckedCodesAsync("referrals", "referrals_status_check"));

    [Fact]
    public async Task ContactWishCheck_ListsExactlyTheDomainsWishes() =>
        Assert.Equal(Codes.All<ContactWish>(), await app.CheckedCodesAsync("check_ins", "check_ins_contact_wish_check"));
}
