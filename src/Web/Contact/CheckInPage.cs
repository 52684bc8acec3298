using System.Text;
using Waardering.Domain.Contact;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Pages;

namespace Waardering.Web.Contact;

/// <summary>The check-in form behind the mailed link, in plain Dutch (B1); the wording of the signals follows DOMAIN.md.</summary>
public static class CheckInPage
{
    private static readonly (string Code, string Label)[] Wellbeing =
    [
        ("5", "Goed"), ("4", "Redelijk goed"), ("3", "Gaat wel"), ("2", "Niet zo goed"), ("1", "Slecht"),
    ];

    private static readonly (string Code, string Label)[] Signals =
    [
        ("timePressure", "Ik heb vaak tijdsdruk"),
        ("noRoomForStudyOrWork", "Ik heb geen ruimte meer voor mijn studie of werk"),
        ("noFreeTime", "Ik heb geen vrije tijd meer"),
        ("healthComplaints", "Ik heb gezondheidsklachten"),
        ("sleepAndWorry", "Ik slaap slecht of pieker veel"),
        ("restlessness", "Ik voel me onrustig, of rook of drink meer"),
        ("roundTheClockCare", "Ik zorg dag en nacht, bij mij in huis"),
    ];

    private static readonly (string Code, string Label)[] TargetGroups =
    [
        (TargetGroup.Working.Code(), "Ik heb betaald werk"),
        (TargetGroup.DementiaOrBrainInjury.Code(), "Ik zorg voor iemand met dementie of hersenletsel (NAH)"),
        (TargetGroup.MentalIllness.Code(), "Ik zorg voor iemand met psychische problemen"),
        (TargetGroup.ParentOfChild.Code(), "Ik zorg voor mijn kind dat langdurig ziek is of een beperking heeft"),
    ];

    // A background is sensitive (AVG art. 9): optional, with "zeg ik liever niet", and only counted in totals.
    // "Familiezorg" is the word many people with a non-Western background use for the care they give (002:1869).
    private static readonly (string Code, string Label)[] Backgrounds =
    [
        (Background.NonWestern.Code(), "Ja, ik heb een niet-westerse achtergrond"),
        (Background.Other.Code(), "Nee, ik heb een andere achtergrond"),
        (Background.PreferNotToSay.Code(), "Zeg ik liever niet"),
    ];

    public static ContentHttpResult Form(string token)
    {
        var html = new StringBuilder();
        html.Append("<p>U kreeg dit jaar de mantelzorgwaardering. Hoe gaat het nu met u? Het invullen duurt een paar minuten.</p>");
        html.Append("<form method=\"post\" action=\"/api/check-ins\">");
        html.Append($"<input type=\"hidden\" name=\"token\" value=\"{CitizenPage.Encode(token)}\">");
        Choices(html, "Hoe gaat het met u?", "radio", "wellbeing", Wellbeing);
        Choices(html, "Wat herkent u? (kies wat past)", "checkbox", "signals", Signals);
        Choices(html, "Wilt u contact met een mantelzorgconsulent?", "radio", "contactWish",
            [(ContactWish.None.Code(), "Nee, nu niet"), (ContactWish.Phone.Code(), "Ja, bel mij"), (ContactWish.Mail.Code(), "Ja, mail mij")]);
        html.Append("<p><label>Wanneer kunnen we u het best bereiken?<br><input name=\"contactWhen\" maxlength=\"200\"></label></p>");
        html.Append("<p><label>Telefoonnummer<br><input name=\"phone\" type=\"tel\" maxlength=\"20\"></label></p>");
        Choices(html, "Mogen we u op de hoogte houden van steun voor mantelzorgers?", "radio", "keepInformed",
            [("true", "Ja"), ("false", "Nee")]);
        Choices(html, "Wat past bij u? (niet verplicht; zo zien we of we alle mantelzorgers bereiken)", "checkbox", "targetGroups", TargetGroups);
        Choices(html, "Heeft u een niet-westerse achtergrond? Veel mensen noemen hun zorg dan familiezorg. (niet verplicht; we tellen alleen totalen)",
            "radio", "background", Backgrounds);
        html.Append("<p><label>Wilt u nog iets zeggen?<br><textarea name=\"remarks\" rows=\"4\" cols=\"40\" maxlength=\"2000\"></textarea></label></p>");
        html.Append("<button type=\"submit\" style=\"font-size: 18px; padding: 0.5em 1em;\">Versturen</button></form>");
        return CitizenPage.Html("Hoe gaat het met u?", html.ToString());
    }

    private static void Choices(StringBuilder html, string legend, string type, string name, (string Code, string Label)[] options)
    {
        html.Append($"<fieldset style=\"margin-bottom: 1em;\"><legend>{CitizenPage.Encode(legend)}</legend>");
        foreach (var (code, label) in options)
        {
            html.Append($"<label style=\"display: block;\"><input type=\"{type}\" name=\"{name}\" value=\"{code}\"> {CitizenPage.Encode(label)}</label>");
        }

        html.Append("</fieldset>");
    }
}
