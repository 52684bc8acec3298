using NodaTime;

namespace Waardering.Data.Schemes;

/// <summary>One municipality's rules for one year, as stored.</summary>
public sealed record SchemeRecord
{
    public long Id { get; init; }
    public required string MunicipalityCode { get; init; }
    public required string MunicipalityName { get; init; }
    public int Year { get; init; }
    public LocalDate OpensOn { get; init; }
    public LocalDate ClosesOn { get; init; }
    public long BaseAmountCents { get; init; }
    public long CurrentAmountCents { get; init; }
    public long FloorAmountCents { get; init; }
    public long StepCents { get; init; }
    public int MaxCaregivers { get; init; }
    public required string SplitMode { get; init; }
    public required string PayoutMode { get; init; }
    public required string WhoMayApply { get; init; }
    public bool CoSignRequired { get; init; }
    public int? CaregiverMinAge { get; init; }
    public int? CaregiverMaxAge { get; init; }
    public int? RecipientMinAge { get; init; }
    public string PayoutMethod { get; init; } = "bankTransfer";
    public int CoSignReminderDays { get; init; } = 7;
    public int CoSignExpiryDays { get; init; } = 21;
    public required IReadOnlyList<PostcodeRangeRecord> PostcodeRanges { get; init; }
}

public sealed record PostcodeRangeRecord(int From, int To);
