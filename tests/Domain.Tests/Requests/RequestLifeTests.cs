using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Domain.Tests.Requests;

public sealed class RequestLifeTests
{
    [Fact]
    public void Codes_AreTheStoredWords_InLifeOrder() => Assert.Equal(
        ["received", "awaitingCoSignature", "waitingForBudget", "approved", "rejected", "expired", "inReview", "voided",
            "withdrawn"],
        Codes.All<RequestStatus>());

    [Fact]
    public void Undecided_IsWhatAnOfficerCanStillReject()
    {
        Assert.Equal([RequestStatus.Received, RequestStatus.AwaitingCoSignature, RequestStatus.WaitingForBudget, RequestStatus.InReview],
            RequestLife.Undecided);
        Assert.All(Enum.GetValues<RequestStatus>(),
            s => Assert.Equal(RequestLife.Undecided.Contains(s), RequestLife.CanBecome(s, RequestStatus.Rejected)));
    }

    [Fact]
    public void ApprovingNeedsAConfirmedUndecidedRequest() =>
        Assert.Equal([RequestStatus.Received, RequestStatus.WaitingForBudget, RequestStatus.InReview], From(RequestStatus.Approved));

    [Fact]
    public void OpenUnits_LeaveOutPossibleDuplicates() => Assert.Equal(
        [RequestStatus.Received, RequestStatus.AwaitingCoSignature, RequestStatus.WaitingForBudget], RequestLife.OpenUnits);

    [Fact]
    public void Live_IsWhatBlocksANewRequest_NotRefusedExpiredVoidedOrInReview() => Assert.Equal(
        [RequestStatus.Received, RequestStatus.AwaitingCoSignature, RequestStatus.WaitingForBudget, RequestStatus.Approved], RequestLife.Live);

    [Fact]
    public void APossibleDuplicate_LooksReceivedToTheCitizen()
    {
        Assert.Equal(RequestStatus.Received, RequestLife.AsCitizenSees(RequestStatus.InReview));
        Assert.All(Enum.GetValues<RequestStatus>().Where(s => s != RequestStatus.InReview), s => Assert.Equal(s, RequestLife.AsCitizenSees(s)));
    }

    [Fact]
    public void Voiding_TakesEveryUndecidedRequest() => Assert.Equal(RequestLife.Undecided, From(RequestStatus.Voided));

    [Fact]
    public void ArrivedUnits_AreAllButRejectedVoidedAndPossibleDuplicates() => Assert.Equal(
        [RequestStatus.Received, RequestStatus.AwaitingCoSignature, RequestStatus.WaitingForBudget, RequestStatus.Approved,
            RequestStatus.Expired, RequestStatus.Withdrawn], RequestLife.ArrivedUnits);

    [Fact]
    public void EndedWithoutAward_AreRejectedExpiredVoidedAndWithdrawn() => Assert.Equal(
        [RequestStatus.Rejected, RequestStatus.Expired, RequestStatus.Voided, RequestStatus.Withdrawn], RequestLife.EndedWithoutAward);

    /// <summary>The citizen withdraws what is not decided yet, like an officer voids it; a withdrawn request is final.</summary>
    [Fact]
    public void Withdrawing_TakesEveryUndecidedRequest_AndIsFinal()
    {
        Assert.Equal(RequestLife.Undecided, From(RequestStatus.Withdrawn));
        Assert.All(Enum.GetValues<RequestStatus>(), to => Assert.False(RequestLife.CanBecome(RequestStatus.Withdrawn, to)));
        Assert.DoesNotContain(RequestStatus.Withdrawn, RequestLife.OpenUnits);
        Assert.DoesNotContain(RequestStatus.Withdrawn, RequestLife.Live);
    }

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
    [InlineData(RequestStatus.InReview, RequestStatus.Approved)]
    [InlineData(RequestStatus.InReview, RequestStatus.WaitingForBudget)]
    [InlineData(RequestStatus.InReview, RequestStatus.Rejected)]
    [InlineData(RequestStatus.Received, RequestStatus.Voided)]
    [InlineData(RequestStatus.AwaitingCoSignature, RequestStatus.Voided)]
    [InlineData(RequestStatus.WaitingForBudget, RequestStatus.Voided)]
    [InlineData(RequestStatus.InReview, RequestStatus.Voided)]
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

        // The seventeen changes above and the four withdrawals, and no more: nothing leaves rejected, expired, voided
        // or withdrawn, nothing goes back to awaiting, nothing becomes a possible duplicate.
        Assert.Equal(21, allowed);
        Assert.Empty(From(RequestStatus.InReview));
        Assert.False(RequestLife.CanBecome(RequestStatus.Voided, RequestStatus.Received));
        Assert.False(RequestLife.CanBecome(RequestStatus.Approved, RequestStatus.Voided));
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
