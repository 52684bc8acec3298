using NodaTime;

namespace Waardering.Domain.Schemes;

/// <summary>
/// A scheme's rule for young caregivers, whom Hilversum's plan admits from 2024 ("tot 25 jaar",
/// 002:819, 972): from a lower age than adults (elsewhere "from 12", DOMAIN.md), and paid by
/// voucher where they have no bank account of their own yet.
/// </summary>
/// <param name="MinimumAge">The age from which a young caregiver is admitted; none: the adults' limits apply to all.</param>
/// <param name="VoucherWithoutIban">A young caregiver may leave the IBAN out and is then paid by voucher.</param>
public sealed record YoungCaregiverRule(int? MinimumAge, bool VoucherWithoutIban)
{
    /// <summary>Young means under 25: "tot 25 jaar" (002:819).</summary>
    public const int UnderAge = 25;

    public static readonly YoungCaregiverRule None = new(null, false);

    public static bool IsYoung(LocalDate birthDate, LocalDate on) => Age.InYears(birthDate, on) < UnderAge;

    /// <summary>Within the adults' limits, or young and at least the young caregivers' minimum (never above the adults' maximum).</summary>
    public bool Admits(AgeLimits adults, int age) =>
        adults.Allows(age) || (MinimumAge is { } min && age >= min && age < UnderAge && (adults.Maximum is null || age <= adults.Maximum));

    /// <summary>Whether this caregiver may be paid by voucher instead of to an IBAN.</summary>
    public bool MayGoWithoutIban(LocalDate birthDate, LocalDate on) => VoucherWithoutIban && IsYoung(birthDate, on);
}
