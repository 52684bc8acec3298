using Waardering.Domain.Payouts;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Payouts;

/// <summary>The database's CHECK constraints on payments and batches list the Domain's statuses, no more, no less.</summary>
public sealed class PaymentStatusConstraintTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task PaymentsCheck_ListsExactlyTheDomainsPaymentStatuses() =>
        Assert.Equal(Codes.All<PaymentStatus>(), await app.CheckedCodesAsync("payments", "payments_status_check"));

    [Fact]
    public async Task BatchesCheck_ListsExactlyTheDomainsBatchStatuses() =>
        Assert.Equal(Codes.All<PayoutBatchStatus>(), await app.CheckedCodesAsync("payout_batches", "payout_batches_status_check"));
}
