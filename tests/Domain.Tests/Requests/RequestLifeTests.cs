using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Domain.Tests.Requests;

public sealed class RequestLifeTests
{
    [Fact]
    public void Codes_AreTheStoredWords_InLifeOrder() => Assert.Equal(
        ["received", "awaitingCoSignature", "waitingForBudget", "approved", "rejected", "expired"], Codes.All<RequestStatus>());

    [Fact]
    public void Undecided_IsWhatAnOfficerCanStillReject()
    {
        Assert.Equal([RequestStatus.Received, RequestStatus.AwaitingCoSignature, RequestStatus.WaitingForBudget], RequestLife.Undecided);
        Assert.All(Enum.GetValues<RequestStatus>(),
            s => Assert.Equal(RequestLife.Undecided.Contains(s), RequestLife.CanBecome(s, RequestStatus.Rejected)));
    }

    [Fact]
    public void ApprovingNeedsAConfirmedUndecidedRequest() =>
        Assert.Equal([RequestStatus.Received, RequestStatus.WaitingForBudget], From(RequestStatus.Approved));

    [Fact]
    public void ArrivedUnits_AreAllButRejected() => Assert.Equal(
        [RequestStatus.Received, RequestStatus.AwaitingCoSignature, RequestStatus.WaitingForBudget, RequestStatus.Approved,
            RequestStatus.Expired], RequestLife.ArrivedUnits);

    [Fact]
    public void EndedWithoutAward_AreRejectedAndExpired() =>
        Assert.Equal([RequestStatus.Rejected, RequestStatus.Expired], RequestLife.EndedWithoutAward);

    [Theory]
    [InlineData(RequestStatus.Received, RequestStatus.Approved)]
    [InlineData(RequestStatus.Received, RequestStatus.WaitingForBudget)]
    [InlineData(RequestStatus.Received, RequestStatus.Rejected)]
    [InlineData(RequestStatus.AwaitingCoSignature, RequestStatus.Received)]
    [InlineData(RequestStatus.AwaitingCoSignature, RequestStatus.Expired)]
    [InlineData(RequestStatus.AwaitingCoSignature, RequestStatus.Rejected)]
    [InlineData(RequestStatus.WaitingForBudget, RequestStatus.Approved)]
    [InlineData(RequestStatus.WaitingForBudget, RequestStatus.WaitingForBudget)]
    [InlineData(RequestStatus.WaitingForBudget, RequestStatus.Rejected)]
    [InlineData(RequestStatus.Approved, RequestStatus.WaitingForBudget)]
    public void CanBecome_AllowsTheChangesOfTheLife(RequestStatus from, RequestStatus to) => Assert.True(RequestLife.CanBecome(from, to));

    [Fact]
    public void CanBecome_RefusesEveryOtherChange()
    {
        var allowed = 0;
        foreach (var from in Enum.GetValues<RequestStatus>())
        {
            foreach (var to in Enum.GetValues<RequestStatus>())
            {
                allowed += RequestLife.CanBecome(from, to) ? 1 : 0;
            }
        }

        // The ten changes above, and no more: nothing leaves rejected or expired, nothing goes back to awaiting.
        Assert.Equal(10, allowed);
        Assert.Empty(From(RequestStatus.AwaitingCoSignature));
        Assert.False(RequestLife.CanBecome(RequestStatus.Rejected, RequestStatus.Approved));
        Assert.False(RequestLife.CanBecome(RequestStatus.Expired, RequestStatus.Received));
        Assert.False(RequestLife.CanBecome(RequestStatus.Approved, RequestStatus.Rejected));
    }

    [Fact]
    public void EveryStatus_HasWordsForCitizens_InBothLanguages()
    {
        foreach (var status in Enum.GetValues<RequestStatus>())
        {
            Assert.NotEqual(status.Dutch(), status.English());
            Assert.Equal(status.English(), status.ForCitizen("en"));
            Assert.Equal(status.Dutch(), status.ForCitizen("nl"));
        }
    }

    private static RequestStatus[] From(RequestStatus to) =>
        Enum.GetValues<RequestStatus>().Where(from => RequestLife.CanBecome(from, to)).ToArray();
}
