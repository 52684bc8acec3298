using System.Globalization;
using NodaTime;
using Waardering.Data.Budget;
using Waardering.Data.Contact;
using Waardering.Domain;
using Waardering.Domain.Budget;
using Waardering.Domain.Contact;
using Waardering.Domain.Payouts;
using Waardering.Domain.Requests;
using Waardering.Domain.Schemes;

namespace Waardering.Web.Staff;

/// <summary>
/// The words of the domain as officers read them in the back office: short Dutch labels, one
/// place for every page (the citizens' longer sentences are <see cref="RequestStatusWords"/>).
/// </summary>
public static class StaffWords
{
    public static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Label(this RequestStatus status) => status switch
    {
        RequestStatus.Received => "Ontvangen",
        RequestStatus.AwaitingCoSignature => "Wacht op bevestiging zorgvrager",
        RequestStatus.WaitingForBudget => "Wacht op budget",
        RequestStatus.Approved => "Toegekend",
        RequestStatus.Rejected => "Afgewezen",
        RequestStatus.Expired => "Vervallen",
        RequestStatus.InReview => "Mogelijk dubbel",
        RequestStatus.Voided => "Ongeldig verklaard",
        RequestStatus.Withdrawn => "Ingetrokken door aanvrager",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Label(this Channel channel) => channel switch
    {
        Channel.Web => "Website",
        Channel.Counter => "Balie",
        Channel.Phone => "Telefoon",
        Channel.Paper => "Papier",
        Channel.Backoffice => "Backoffice",
        Channel.Worker => "Automatisch",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    public static string Label(this ReferralStatus status) => status switch
    {
        ReferralStatus.Open => "Open",
        ReferralStatus.Contacted => "Contact opgenomen",
        ReferralStatus.Closed => "Afgesloten",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Label(this ContactWish wish) => wish switch
    {
        ContactWish.None => "Geen contact",
        ContactWish.Phone => "Bellen",
        ContactWish.Mail => "Mailen",
        _ => throw new ArgumentOutOfRangeException(nameof(wish), wish, null),
    };

    /// <summary>Why a caregiver was referred (<c>referrals.reasons</c>: the wish for contact, and heavy overload when the answers showed it).</summary>
    public static string ReferralReason(string reason) => reason switch
    {
        CheckInFollowUp.ContactWishReason => "Wil contact",
        CheckInFollowUp.HeavyOverloadReason => "Zwaar belast",
        _ => reason,
    };

    /// <summary>A rejection's reason code (DecisionEndpoints.ReasonCodes) as the officer chooses it.</summary>
    public static string ReasonLabel(string code) => code switch
    {
        "notResident" => "Woont niet in de gemeente",
        "noCareRelation" => "Geen mantelzorg",
        "duplicate" => "Al een aanvraag dit jaar",
        "outsideWindow" => "Buiten de aanvraagperiode",
        "incomplete" => "Onvolledig",
        "other" => "Andere reden",
        _ => code,
    };

    public static string Label(this SplitMode mode) => mode switch
    {
        SplitMode.PerRequest => "Per aanvraag, verdeeld over de mantelzorgers",
        SplitMode.PerCaregiver => "Per mantelzorger",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    public static string Label(this FundingSource source) => source switch
    {
        FundingSource.Municipal => "Gemeentelijk",
        FundingSource.Spuk => "SPUK-subsidie",
        FundingSource.Other => "Overig",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };

    /// <summary>What the amount is per: a request or a caregiver, by the split mode ("per aanvraag").</summary>
    public static string Unit(this SplitMode mode) => mode switch
    {
        SplitMode.PerRequest => "aanvraag",
        SplitMode.PerCaregiver => "mantelzorger",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    /// <summary>What the amount is per: a request or a caregiver, by the split mode (plural, as in "4.000 aanvragen").</summary>
    public static string Units(this SplitMode mode) => mode switch
    {
        SplitMode.PerRequest => "aanvragen",
        SplitMode.PerCaregiver => "mantelzorgers",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    /// <summary>Why the amount was recomputed (<c>amount_recomputes.reason</c>, RecomputeReasons).</summary>
    public static string RecomputeReason(string reason) => reason switch
    {
        RecomputeReasons.Scheduled => "Elk uur",
        RecomputeReasons.Volume => "Nieuwe aanvragen",
        RecomputeReasons.Manual => "Op verzoek",
        RecomputeReasons.Close => "Na sluiten",
        _ => reason,
    };

    /// <summary>How the units still to come were forecast (ArrivalForecast's methods).</summary>
    public static string ForecastMethod(string method) => method switch
    {
        ArrivalForecast.None => "Geen: periode voorbij",
        ArrivalForecast.Linear => "Tempo tot nu",
        ArrivalForecast.LastYearCurve => "Verloop vorig jaar",
        _ => method,
    };

    public static string Number(long value) => value.ToString("N0", Dutch);

    public static string Label(this PayoutMode mode) => mode switch
    {
        PayoutMode.Rolling => "Bedrag ligt vast bij toekennen",
        PayoutMode.AfterClose => "Bedrag ligt vast na sluiten van de aanvraagperiode",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    public static string Label(this PayoutMethod method) => method switch
    {
        PayoutMethod.BankTransfer => "Overboeking",
        PayoutMethod.Voucher => "Waardebon",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
    };

    public static string Label(this PayoutBatchStatus status) => status switch
    {
        PayoutBatchStatus.Created => "Wacht op goedkeuring",
        PayoutBatchStatus.Approved => "Goedgekeurd, klaar voor de bank",
        PayoutBatchStatus.Booked => "Geboekt",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Label(this PaymentStatus status) => status switch
    {
        PaymentStatus.InBatch => "In betaalopdracht",
        PaymentStatus.Paid => "Betaald",
        PaymentStatus.Failed => "Teruggestuurd door de bank",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Label(this AgeBand band) => band switch
    {
        AgeBand.Under25 => "Jonger dan 25",
        AgeBand.From25To65 => "25 tot en met 65",
        AgeBand.Over65 => "Ouder dan 65",
        _ => throw new ArgumentOutOfRangeException(nameof(band), band, null),
    };

    /// <summary>The groups with a higher risk of overload as the plan names them (002:819-827).</summary>
    public static string Label(this TargetGroup group) => group switch
    {
        TargetGroup.Working => "Werkende mantelzorgers",
        TargetGroup.DementiaOrBrainInjury => "Zorg voor iemand met dementie of NAH",
        TargetGroup.MentalIllness => "Zorg voor iemand met psychische problemen (GGZ)",
        TargetGroup.ParentOfChild => "Ouders van een kind met een beperking of chronische ziekte",
        TargetGroup.NonWesternBackground => "Niet-westerse achtergrond",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };

    public static string Label(this Applicant applicant) => applicant switch
    {
        Applicant.Recipient => "Zorgvrager",
        Applicant.Caregiver => "Mantelzorger",
        _ => throw new ArgumentOutOfRangeException(nameof(applicant), applicant, null),
    };

    /// <summary>A signal of overload from the check-in (CheckInQuestions.Signals), short, as policy staff count it.</summary>
    public static string Signal(string code) => code switch
    {
        "timePressure" => "Tijdsdruk",
        "noRoomForStudyOrWork" => "Geen ruimte voor studie of werk",
        "noFreeTime" => "Geen vrije tijd",
        "healthComplaints" => "Gezondheidsklachten",
        "sleepAndWorry" => "Slecht slapen, piekeren",
        "restlessness" => "Onrust, meer roken of drinken",
        "roundTheClockCare" => "Dag en nacht zorg in huis",
        _ => code,
    };

    public static string Date(LocalDate date) => date.ToString("d MMM yyyy", Dutch);

    public static string DateTime(Instant instant) =>
        instant.InZone(AmsterdamTime.Zone).ToString("d MMM yyyy HH:mm", Dutch);

    public static string Euros(long cents) => new Money(cents).ToString();

    /// <summary>
    /// An amount of a multi-year plan, which may fall short: whole euros as the plan's own table
    /// writes them (−€ 45.000), cents only where there are any.
    /// </summary>
    public static string SignedEuros(long cents) => (cents < 0 ? "\u2212€ " : "€ ") + TypedEuros.Write(Math.Abs(cents));

    public static string Label(this PlanRowKind kind) => kind switch
    {
        PlanRowKind.Income => "Inkomsten",
        PlanRowKind.Spending => "Uitgaven",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Said after last year's number where its figures were imported rather than counted by the service.</summary>
    public static string Suffix(this LastYearSource source) => source == LastYearSource.Imported ? " (ingevoerd)" : "";
}
