using Waardering.Domain.Budget;
using Waardering.Domain.Contact;
using Waardering.Domain.Mail;
using Waardering.Domain.Requests;
using Waardering.Domain.Schemes;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Architecture;

/// <summary>
/// The database knows the same words as the Domain for the scheme, the contactmoment, the outbox
/// and the budget: a word added to an enum without a migration that adds it to the CHECK fails here.
/// </summary>
public sealed class VocabularyConstraintTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    public static TheoryData<string, string, string[]> Words => new()
    {
        { "caregiver_register", "caregiver_register_consent_check", [.. Codes.All<ConsentAnswer>()] },
        { "caregiver_register", "caregiver_register_consent_source_check", [.. Codes.All<ConsentSource>()] },
        { "check_ins", "check_ins_contact_wish_check", [.. Codes.All<ContactWish>()] },
        { "referrals", "referrals_status_check", [.. Codes.All<ReferralStatus>()] },
        { "outbox_mails", "outbox_mails_status_check", [.. Codes.All<OutboxStatus>()] },
        { "budget_lines", "budget_lines_source_check", [.. Codes.All<FundingSource>()] },
        { "schemes", "schemes_split_mode_check", [.. Codes.All<SplitMode>()] },
        { "schemes", "schemes_payout_mode_check", [.. Codes.All<PayoutMode>()] },
        { "schemes", "schemes_who_may_apply_check", [.. Codes.All<WhoMayApply>()] },
        { "schemes", "schemes_payout_method_check", [.. Codes.All<PayoutMethod>()] },
        { "requests", "requests_submitted_by_check", [.. Codes.All<Applicant>()] },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public async Task CheckConstraint_ListsExactlyTheDomainsCodes(string table, string constraint, string[] codes) =>
        Assert.Equal(codes, await app.CheckedCodesAsync(table, constraint));
}
