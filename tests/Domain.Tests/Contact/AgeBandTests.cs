using Waardering.Domain.Contact;

namespace Waardering.Domain.Tests.Contact;

/// <summary>"Jonge mantelzorgers tot 25 jaar" and "ouder dan 65 jaar" (002:819-827): 24 is young, 25 and 65 are not, 66 is older.</summary>
public sealed class AgeBandTests
{
    [Theory]
    [InlineData(12, AgeBand.Under25)]
    [InlineData(24, AgeBand.Under25)]
    [InlineData(25, AgeBand.From25To65)]
    [InlineData(65, AgeBand.From25To65)]
    [InlineData(66, AgeBand.Over65)]
    public void Of_FollowsThePlansBoundaries(int age, AgeBand band) => Assert.Equal(band, AgeBands.Of(age));
}
