using NodaTime;

namespace Waardering.Domain;

/// <summary>The dates in which requests are accepted (aanvraagperiode), both days included.</summary>
public sealed record SchemeWindow
{
    public SchemeWindow(LocalDate opensOn, LocalDate closesOn)
    {
        if (closesOn < opensOn)
        {
            throw new ArgumentException("A window closes on or after the day it opens.", nameof(closesOn));
        }

        (OpensOn, ClosesOn) = (opensOn, closesOn);
    }

    public LocalDate OpensOn { get; }

    public LocalDate ClosesOn { get; }

    public static SchemeWindow AllYear(int year) => new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));

    public bool Contains(LocalDate date) => date >= OpensOn && date <= ClosesOn;

    public bool IsOpenAt(Instant instant) => Contains(AmsterdamTime.DateOf(instant));
}
