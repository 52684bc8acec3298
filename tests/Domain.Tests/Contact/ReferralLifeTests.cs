using Waardering.Domain.Contact;

namespace Waardering.Domain.Tests.Contact;

public sealed class ReferralLifeTests
{
    [Theory]
    [InlineData(ReferralStatus.Open, ReferralStatus.Contacted)]
    [InlineData(ReferralStatus.Open, ReferralStatus.Closed)]
    [InlineData(ReferralStatus.Contacted, ReferralStatus.Closed)]
    [InlineData(ReferralStatus.Open, ReferralStatus.Open)]
    [InlineData(ReferralStatus.Contacted, ReferralStatus.Contacted)]
    [InlineData(ReferralStatus.Closed, ReferralStatus.Closed)]
    public void Allowed(ReferralStatus from, ReferralStatus to) => Assert.True(ReferralLife.CanBecome(from, to));

    [Theory]
    [InlineData(ReferralStatus.Contacted, ReferralStatus.Open)]
    [InlineData(ReferralStatus.Closed, ReferralStatus.Open)]
    [InlineData(ReferralStatus.Closed, ReferralStatus.Contacted)]
    public void ClosedStaysClosed_AndContactedDoesNotGoBackToOpen(ReferralStatus from, ReferralStatus to) =>
        Assert.False(ReferralLife.CanBecome(from, to));

    [Fact]
    public void Settable_IsContactedOrClosed_ANewReferralIsOpenByItself() =>
        Assert.Equal([ReferralStatus.Contacted, ReferralStatus.Closed], ReferralLife.Settable);
}
