using Waardering.Domain.Contact;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Pages;

namespace Waardering.Web.Contact;

/// <summary>
/// The check-in form behind the mailed link (<see cref="CheckInFormPage"/>), in plain Dutch (B1);
/// the wording of the signals follows DOMAIN.md. Posted with errors, it comes back filled in.
/// </summary>
public static class CheckInPage
{
    internal static readonly (string Code, string Label)[] Wellbeing =
    [
        ("5", "Goed"), ("4", "Redelijk goed"), ("3", "Gaat wel"), ("2", "Niet zo goed"), ("1", "Slecht"),
    ];

    internal static readonly (string Code, string Label)[] Signals =
    [
        ("timePressure", "Ik heb vaak tijdsdruk"),
        ("noRoomForStudyOrWork", "Ik heb geen ruimte meer voor mijn studie of werk"),
        ("noFreeTime", "Ik heb geen vrije tijd meer"),
        ("healthComplaints", "Ik heb gezondheidsklachten"),
        ("sleepAndWorry", "Ik slaap slecht of pieker veel"),
        ("restlessness", "Ik voel me onrustig, of rook of drink meer"),
        ("roundTheClockCare", "Ik zorg dag en nacht, bij mij in huis"),
    ];

    internal static readonly (string Code, string Label)[] TargetGroups =
    [
        (TargetGroup.Working.Code(), "Ik heb betaald werk"),
        (TargetGroup.DementiaOrBrainInjury.Code(), "Ik zorg voor iemand met dementie of hersenletsel (NAH)"),
        (TargetGroup.MentalIllness.Code(), "Ik zorg voor iemand met psychische problemen"),
        (TargetGroup.ParentOfChild.Code(), "Ik zorg voor mijn kind dat langdurig ziek is of een beperking heeft"),
    ];

    // A background is sensitive (AVG art. 9): optional, with "zeg ik liever niet", and only counted in totals.
    // "Familiezorg" is the word many people with a non-Western background use for the care they give (002:1869).
    internal static readonly (string Code, string Label)[] Backgrounds =
    [
        (Background.NonWestern.Code(), "Ja, ik heb een niet-westerse achtergrond"),
        (Background.Other.Code(), "Nee, ik heb een andere achtergrond"),
        (Background.PreferNotToSay.Code(), "Zeg ik liever niet"),
    ];

    internal static readonly (string Code, string Label)[] ContactWishes =
        [(ContactWish.None.Code(), "Nee, nu niet"), (ContactWish.Phone.Code(), "Ja, bel mij"), (ContactWish.Mail.Code(), "Ja, mail mij")];

    internal static readonly (string Code, string Label)[] YesNo = [("true", "Ja"), ("false", "Nee")];

    public static RazorComponentResult<CheckInFormPage> Form(
        string token, CheckInBody? answered = null, FieldErrors? errors = null, int statusCode = StatusCodes.Status200OK) =>
        PageResults.Page<CheckInFormPage>(new { Token = token, Answered = answered ?? new CheckInBody(), Errors = errors?.ToDictionary() }, statusCode);
}
