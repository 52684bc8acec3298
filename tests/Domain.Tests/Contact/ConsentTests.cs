using Waardering.Domain.Contact;

namespace Waardering.Domain.Tests.Contact;

public sealed class ConsentTests
{
    [Theory]
    [InlineData(null, ConsentAnswer.Refused)]
    [InlineData(ConsentAnswer.Asked, ConsentAnswer.Refused)]
    [InlineData(ConsentAnswer.Refused, ConsentAnswer.Refused)]
    [InlineData(ConsentAnswer.Given, ConsentAnswer.Withdrawn)]
    [InlineData(ConsentAnswer.Withdrawn, ConsentAnswer.Withdrawn)]
    public void No_AfterAnEarlierYes_IsAWithdrawal(ConsentAnswer? before, ConsentAnswer expected) =>
        Assert.Equal(expected, ConsentRules.No(before));

    [Fact]
    public void Yes_IsGiven_WhateverCameBefore() =>
        Assert.All([null, .. Enum.GetValues<ConsentAnswer>().Cast<ConsentAnswer?>()],
            before => Assert.Equal(ConsentAnswer.Given, ConsentRules.Answer(true, before)));

    [Fact]
    public void Declined_IsRefusedOrWithdrawn() =>
        Assert.Equal([ConsentAnswer.Refused, ConsentAnswer.Withdrawn], ConsentRules.Declined);
}
