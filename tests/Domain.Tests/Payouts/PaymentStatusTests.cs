using Waardering.Domain.Payouts;
using Waardering.Domain.Vocabulary;

namespace Waardering.Domain.Tests.Payouts;

public sealed class PaymentStatusTests
{
    [Fact]
    public void Codes_AreTheStoredWords() =>
        Assert.Equal(["inBatch", "paid", "failed"], Codes.All<PaymentStatus>());

    [Fact]
    public void BatchCodes_AreTheStoredWords() =>
        Assert.Equal(["created", "approved", "booked"], Codes.All<PayoutBatchStatus>());

    [Fact]
    public void Live_IsEveryPaymentButAFailedOne() =>
        Assert.Equal([PaymentStatus.InBatch, PaymentStatus.Paid], PaymentLife.Live);
}
