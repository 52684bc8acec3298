using NodaTime;

namespace Waardering.Domain;

public static class Age
{
    /// <summary>
    /// Completed years on a date. Someone born on 29 February becomes a year older on 1 March in
    /// a year without 29 February, as Dutch practice counts it (not on 28 February).
    /// </summary>
    public static int InYears(LocalDate birthDate, LocalDate on)
    {
        var years = on.Year - birthDate.Year;
        var birthday = (birthDate.Month, birthDate.Day);
        if ((on.Month, on.Day).CompareTo(birthday) < 0)
        {
            years--;
        }

        return years;
    }
}

/// <summary>Inclusive age limits; either side may be open.</summary>
public sealed record AgeLimits
{
    public AgeLimits(int? minimum, int? maximum)
    {
        if (minimum is < 0 or > 130 || maximum is < 0 or > 130 || minimum > maximum)
        {
            throw new ArgumentOutOfRangeException(nameof(minimum), "Ages run from 0 to 130, the minimum not above the maximum.");
        }

        (Minimum, Maximum) = (minimum, maximum);
    }

    public int? Minimum { get; }

    public int? Maximum { get; }

    public bool Allows(int age) => (Minimum is null || age >= Minimum) && (Maximum is null || age <= Maximum);
}
