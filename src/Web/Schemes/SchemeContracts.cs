using NodaTime;
using Waardering.Data.Schemes;
using Waardering.Domain.Vocabulary;

namespace Waardering.Web.Schemes;

/// <summary>
/// Body of <c>PUT /api/schemes/{municipality}/{year}</c>. Omitted fields take the defaults
/// of Hilversum's scheme: split per request over at most three caregivers, applied for by the
/// recipient. Without <c>opensOn</c> and <c>closesOn</c> the window is the whole year.
/// <c>careDeclarationRequired</c>: the applicant declares each caregiver's care (at least three
/// months or more than eight hours a week). <c>youngCaregiverMinAge</c> (below 25 and below
/// <c>caregiverMinAge</c>) admits young caregivers from that age; <c>youngCaregiverVoucher</c> lets
/// a young caregiver leave the IBAN out and be paid by voucher.
/// </summary>
public sealed record SchemeBody(
    long? BaseAmountCents,
    string? MunicipalityName = null,
    LocalDate? OpensOn = null,
    LocalDate? ClosesOn = null,
    int? MaxCaregivers = null,
    string? SplitMode = null,
    string? PayoutMode = null,
    long? FloorAmountCents = null,
    long? StepCents = null,
    string? WhoMayApply = null,
    bool? CoSignRequired = null,
    int? CaregiverMinAge = null,
    int? CaregiverMaxAge = null,
    int? RecipientMinAge = null,
    IReadOnlyList<PostcodeRangeBody>? PostcodeRanges = null,
    int? CoSignReminderDays = null,
    int? CoSignExpiryDays = null,
    string? PayoutMethod = null,
    ObjectionAddressBody? ObjectionAddress = null,
    int? DecisionWeeks = null,
    string? Digid = null,
    bool? CareDeclarationRequired = null,
    int? YoungCaregiverMinAge = null,
    bool? YoungCaregiverVoucher = null);

/// <summary>
/// Where objections to the scheme's decisions go, printed in every decision's objection clause:
/// e.g. "Gemeente Hilversum", "Postbus 9900", "1201 GM", "Hilversum".
/// </summary>
public sealed record ObjectionAddressBody(string? Name, string? Line, string? Postcode, string? City);

/// <summary>Four-digit postcodes, both included: 1211 to 1223 is Hilversum's range.</summary>
public sealed record PostcodeRangeBody(int? From, int? To);

/// <summary>The public view of a scheme; <c>currentAmountCents</c> follows the budget.</summary>
public sealed record SchemeView(
    string Municipality,
    string MunicipalityName,
    int Year,
    LocalDate OpensOn,
    LocalDate ClosesOn,
    bool IsOpen,
    long BaseAmountCents,
    long CurrentAmountCents,
    long FloorAmountCents,
    long StepCents,
    int MaxCaregivers,
    string SplitMode,
    string PayoutMode,
    string WhoMayApply,
    bool CoSignRequired,
    int? CaregiverMinAge,
    int? CaregiverMaxAge,
    int? RecipientMinAge,
    IReadOnlyList<PostcodeRangeRecord> PostcodeRanges,
    int CoSignReminderDays,
    int CoSignExpiryDays,
    string PayoutMethod,
    ObjectionAddressRecord? ObjectionAddress,
    int DecisionWeeks,
    string Digid,
    bool CareDeclarationRequired = false,
    int? YoungCaregiverMinAge = null,
    bool YoungCaregiverVoucher = false)
{
    public static SchemeView From(SchemeRecord s, LocalDate today) => new(
        s.MunicipalityCode, s.MunicipalityName, s.Year, s.OpensOn, s.ClosesOn,
        today >= s.OpensOn && today <= s.ClosesOn, s.BaseAmountCents, s.CurrentAmountCents, s.FloorAmountCents,
        s.StepCents, s.MaxCaregivers, s.SplitMode.Code(), s.PayoutMode.Code(), s.WhoMayApply.Code(), s.CoSignRequired,
        s.CaregiverMinAge, s.CaregiverMaxAge, s.RecipientMinAge, s.PostcodeRanges, s.CoSignReminderDays, s.CoSignExpiryDays,
        s.PayoutMethod.Code(), s.ObjectionAddress, s.DecisionWeeks, s.Digid.Code(), s.CareDeclarationRequired, s.YoungCaregivers.MinimumAge,
        s.YoungCaregivers.VoucherWithoutIban);
}
