using NodaTime.Text;

namespace Waardering.Domain.Tests;

public sealed class AgeTests
{
    [Theory]
    [InlineData("2008-11-02", "2026-11-02", 18)] // birthday today
    [InlineData("2008-11-03", "2026-11-02", 17)] // birthday tomorrow
    [InlineData("2008-02-29", "2026-02-28", 17)] // born on 29 February: not yet on 28 February
    [InlineData("2008-02-29", "2026-03-01", 18)] // but on 1 March
    [InlineData("2008-02-29", "2028-02-29", 20)]
    [InlineData("1941-05-17", "2026-11-02", 85)]
    public void InYears_CountsCompletedYears(string birthDate, string on, int expected)
    {
        Assert.Equal(expected, Age.InYears(LocalDatePattern.Iso.Parse(birthDate).Value, LocalDatePattern.Iso.Parse(on).Value));
    }

    [Theory]
    [InlineData(12, 24, 12, true)]
    [InlineData(12, 24, 24, true)]
    [InlineData(12, 24, 11, false)]
    [InlineData(12, 24, 25, false)]
    [InlineData(18, null, 90, true)]
    [InlineData(null, null, 0, true)]
    public void Limits_AreInclusive(int? min, int? max, int age, bool allowed) =>
        Assert.Equal(allowed, new AgeLimits(min, max).Allows(age));

    [Fact]
    public void Limits_MinimumAboveMaximum_Throw() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new AgeLimits(25, 12));
}
