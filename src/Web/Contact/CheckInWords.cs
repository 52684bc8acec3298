using Waardering.Domain.Contact;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Texts;

namespace Waardering.Web.Contact;

/// <summary>
/// The check-in's questions and answers: their codes, and their labels in the Dutch of
/// <c>templates/texts/nl/check-in.json</c> (B1), one place for the caregiver's form behind the
/// mailed link and the form an officer fills in during a call; the signals follow DOMAIN.md.
/// Read on each use, so a municipality's own wording reaches the officers' pages too.
/// </summary>
public static class CheckInWords
{
    public static string WellbeingQuestion => Dutch("wellbeingQuestion");
    public static string SignalsQuestion => Dutch("signalsQuestion");
    public static string ContactWishQuestion => Dutch("contactWishQuestion");
    public static string ContactWhenQuestion => Dutch("contactWhenQuestion");
    public static string PhoneQuestion => Dutch("phoneQuestion");
    public static string KeepInformedQuestion => Dutch("keepInformedQuestion");
    public static string TargetGroupsQuestion => Dutch("targetGroupsQuestion");
    public static string BackgroundQuestion => Dutch("backgroundQuestion");
    public static string RemarksQuestion => Dutch("remarksQuestion");

    public static IReadOnlyList<(string Code, string Label)> Wellbeing => Labelled("wellbeing", ["5", "4", "3", "2", "1"]);

    public static IReadOnlyList<(string Code, string Label)> Signals => Labelled("signal",
        ["timePressure", "noRoomForStudyOrWork", "noFreeTime", "healthComplaints", "sleepAndWorry", "restlessness", "roundTheClockCare"]);

    public static IReadOnlyList<(string Code, string Label)> TargetGroups => Labelled("targetGroup",
        [TargetGroup.Working, TargetGroup.DementiaOrBrainInjury, TargetGroup.MentalIllness, TargetGroup.ParentOfChild]);

    // A background is sensitive (AVG art. 9): optional, with "zeg ik liever niet", and only counted in totals.
    // "Familiezorg" is the word many people with a non-Western background use for the care they give (002:1869).
    public static IReadOnlyList<(string Code, string Label)> Backgrounds => Labelled("background",
        [Background.NonWestern, Background.Other, Background.PreferNotToSay]);

    public static IReadOnlyList<(string Code, string Label)> ContactWishes => Labelled("contactWish",
        [ContactWish.None, ContactWish.Phone, ContactWish.Mail]);

    public static IReadOnlyList<(string Code, string Label)> YesNo => [("true", Dutch("yes")), ("false", Dutch("no"))];

    private static List<(string Code, string Label)> Labelled<T>(string group, IEnumerable<T> values) where T : struct, Enum =>
        Labelled(group, values.CodesOf());

    private static List<(string Code, string Label)> Labelled(string group, IEnumerable<string> codes) =>
        codes.Select(code => (code, Dutch($"{group}.{code}"))).ToList();

    private static string Dutch(string key) => CitizenWords.Dutch("check-in." + key);
}
