using Waardering.Domain.Contact;
using Waardering.Domain.Vocabulary;

namespace Waardering.Web.Contact;

/// <summary>
/// The check-in's answers in plain Dutch (B1), one place for the caregiver's form behind the
/// mailed link and the form an officer fills in during a call; the signals follow DOMAIN.md.
/// </summary>
public static class CheckInWords
{
    public const string WellbeingQuestion = "Hoe gaat het met u?";
    public const string SignalsQuestion = "Wat herkent u? (kies wat past)";
    public const string ContactWishQuestion = "Wilt u contact met een mantelzorgconsulent?";
    public const string ContactWhenQuestion = "Wanneer kunnen we u het best bereiken?";
    public const string PhoneQuestion = "Telefoonnummer";
    public const string KeepInformedQuestion = "Mogen we u op de hoogte houden van steun voor mantelzorgers?";
    public const string TargetGroupsQuestion = "Wat past bij u? (niet verplicht; zo zien we of we alle mantelzorgers bereiken)";

    public const string BackgroundQuestion =
        "Heeft u een niet-westerse achtergrond? Veel mensen noemen hun zorg dan familiezorg. (niet verplicht; we tellen alleen totalen)";

    public const string RemarksQuestion = "Wilt u nog iets zeggen?";

    public static readonly IReadOnlyList<(string Code, string Label)> Wellbeing =
    [
        ("5", "Goed"), ("4", "Redelijk goed"), ("3", "Gaat wel"), ("2", "Niet zo goed"), ("1", "Slecht"),
    ];

    public static readonly IReadOnlyList<(string Code, string Label)> Signals =
    [
        ("timePressure", "Ik heb vaak tijdsdruk"),
        ("noRoomForStudyOrWork", "Ik heb geen ruimte meer voor mijn studie of werk"),
        ("noFreeTime", "Ik heb geen vrije tijd meer"),
        ("healthComplaints", "Ik heb gezondheidsklachten"),
        ("sleepAndWorry", "Ik slaap slecht of pieker veel"),
        ("restlessness", "Ik voel me onrustig, of rook of drink meer"),
        ("roundTheClockCare", "Ik zorg dag en nacht, bij mij in huis"),
    ];

    public static readonly IReadOnlyList<(string Code, string Label)> TargetGroups =
    [
        (TargetGroup.Working.Code(), "Ik heb betaald werk"),
        (TargetGroup.DementiaOrBrainInjury.Code(), "Ik zorg voor iemand met dementie of hersenletsel (NAH)"),
        (TargetGroup.MentalIllness.Code(), "Ik zorg voor iemand met psychische problemen"),
        (TargetGroup.ParentOfChild.Code(), "Ik zorg voor mijn kind dat langdurig ziek is of een beperking heeft"),
    ];

    // A background is sensitive (AVG art. 9): optional, with "zeg ik liever niet", and only counted in totals.
    // "Familiezorg" is the word many people with a non-Western background use for the care they give (002:1869).
    public static readonly IReadOnlyList<(string Code, string Label)> Backgrounds =
    [
        (Background.NonWestern.Code(), "Ja, ik heb een niet-westerse achtergrond"),
        (Background.Other.Code(), "Nee, ik heb een andere achtergrond"),
        (Background.PreferNotToSay.Code(), "Zeg ik liever niet"),
    ];

    public static readonly IReadOnlyList<(string Code, string Label)> ContactWishes =
        [(ContactWish.None.Code(), "Nee, nu niet"), (ContactWish.Phone.Code(), "Ja, bel mij"), (ContactWish.Mail.Code(), "Ja, mail mij")];

    public static readonly IReadOnlyList<(string Code, string Label)> YesNo = [("true", "Ja"), ("false", "Nee")];
}
