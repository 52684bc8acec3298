using NodaTime;
using Waardering.Domain;
using Waardering.Domain.Requests;
using Waardering.Domain.Schemes;

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
    public required SplitMode SplitMode { get; init; }
    public required PayoutMode PayoutMode { get; init; }
    public required WhoMayApply WhoMayApply { get; init; }
    public bool CoSignRequired { get; init; }
    public int? CaregiverMinAge { get; init; }
    public int? CaregiverMaxAge { get; init; }
    public int? RecipientMinAge { get; init; }
    public PayoutMethod PayoutMethod { get; init; } = PayoutMethod.BankTransfer;
    public int CoSignReminderDays { get; init; } = 7;
    public int CoSignExpiryDays { get; init; } = 21;

    /// <summary>Where an objection to a decision goes; none set: the decision names the college without an address.</summary>
    public ObjectionAddressRecord? ObjectionAddress { get; init; }

    /// <summary>
    /// Weeks after receipt within which a request is decided. A scheme setting, not a global one:
    /// Awb 4:13 gives eight weeks only where no rule sets a term, and a municipality's own
    /// regulation may set one.
    /// </summary>
    public int DecisionWeeks { get; init; } = DecisionTerm.DefaultWeeks;

    /// <summary>Whether citizens may sign in with DigiD to apply and to see their requests.</summary>
    public DigidUse Digid { get; init; } = DigidUse.Off;
    public required IReadOnlyList<PostcodeRangeRecord> PostcodeRanges { get; init; }

    /// <summary>The applicant declares each caregiver's care as the plan defines it (002:300).</summary>
    public bool CareDeclarationRequired { get; init; }

    /// <summary>Young caregivers' own minimum age and whether they may be paid by voucher without an IBAN.</summary>
    public YoungCaregiverRule YoungCaregivers { get; init; } = YoungCaregiverRule.None;

    /// <summary>
    /// When its rules were last set (only setting the scheme writes it; the amount's recompute does
    /// not): with the current amount, what the intake checks a kept copy against before it stores a request.
    /// </summary>
    public Instant UpdatedAt { get; init; }

    /// <summary>The terms a request must fit (the database's CHECK constraints keep them valid).</summary>
    public SchemeTerms Terms() => new(
        MunicipalityName, new SchemeWindow(OpensOn, ClosesOn), WhoMayApply, MaxCaregivers,
        new AgeLimits(CaregiverMinAge, CaregiverMaxAge), new AgeLimits(RecipientMinAge, null),
        PostcodeRanges.Select(r => new PostcodeRange(r.From, r.To)).ToList(), YoungCaregivers);
}

public sealed record PostcodeRangeRecord(int From, int To);
