using NodaTime;
using NodaTime.Text;

namespace Waardering.Domain.Tests;

/// <summary>Hilversum's window, 1 October to 31 December, judged by the date in Amsterdam.</summary>
public sealed class SchemeWindowTests
{
    private static readonly SchemeWindow Hilversum = new(new LocalDate(2026, 10, 1), new LocalDate(2026, 12, 31));

    [Theory]
    [InlineData("2026-09-30T21:59:59Z", false)] // 23:59:59 on 30 September, summer time (UTC+2)
    [InlineData("2026-09-30T22:00:00Z", true)]  // 00:00 on 1 October
    [InlineData("2026-12-31T22:59:59Z", true)]  // 23:59:59 on 31 December, winter time (UTC+1)
    [InlineData("2026-12-31T23:00:00Z", false)] // 00:00 on 1 January
    [InlineData("2026-10-25T01:30:00Z", true)]  // the night summer time ends
    public void IsOpenAt_JudgesTheAmsterdamDate(string instant, bool open)
    {
        Assert.Equal(open, Hilversum.IsOpenAt(InstantPattern.ExtendedIso.Parse(instant).Value));
    }

    [Fact]
    public void AllYear_RunsFromJanuaryToDecember()
    {
        var window = SchemeWindow.AllYear(2026);

        Assert.True(window.Contains(new LocalDate(2026, 1, 1)));
        Assert.True(window.Contains(new LocalDate(2026, 12, 31)));
        Assert.False(window.Contains(new LocalDate(2027, 1, 1)));
    }

    [Fact]
    public void New_ClosingBeforeOpening_Throws() =>
        Assert.Throws<ArgumentException>(() => new SchemeWindow(new LocalDate(2026, 12, 31), new LocalDate(2026, 10, 1)));
}
