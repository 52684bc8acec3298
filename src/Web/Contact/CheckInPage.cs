using System.Text;
using Waardering.Web.Pages;

namespace Waardering.Web.Contact;

/// <summary>The check-in form behind the mailed link, in plain Dutch (B1); the wording of the signals follows DOMAIN.md.</summary>
public static class CheckInPage
{
    public static ContentHttpResult Form(string token)
    {
        var html = new StringBuilder();
        html.Append("<p>U kreeg dit jaar de mantelzorgwaardering. Hoe gaat het nu met u? Het invullen duurt een paar minuten.</p>");
        html.Append("<form method=\"post\" action=\"/api/check-ins\">");
        html.Append($"<input type=\"hidden\" name=\"token\" value=\"{CitizenPage.Encode(token)}\">");
        Choices(html, CheckInWords.WellbeingQuestion, "radio", "wellbeing", CheckInWords.Wellbeing);
        Choices(html, CheckInWords.SignalsQuestion, "checkbox", "signals", CheckInWords.Signals);
        Choices(html, CheckInWords.ContactWishQuestion, "radio", "contactWish", CheckInWords.ContactWishes);
        html.Append($"<p><label>{CheckInWords.ContactWhenQuestion}<br><input name=\"contactWhen\" maxlength=\"200\"></label></p>");
        html.Append($"<p><label>{CheckInWords.PhoneQuestion}<br><input name=\"phone\" type=\"tel\" maxlength=\"20\"></label></p>");
        Choices(html, CheckInWords.KeepInformedQuestion, "radio", "keepInformed", CheckInWords.YesNo);
        Choices(html, CheckInWords.TargetGroupsQuestion, "checkbox", "targetGroups", CheckInWords.TargetGroups);
        Choices(html, CheckInWords.BackgroundQuestion, "radio", "background", CheckInWords.Backgrounds);
        html.Append($"<p><label>{CheckInWords.RemarksQuestion}<br><textarea name=\"remarks\" rows=\"4\" cols=\"40\" maxlength=\"2000\"></textarea></label></p>");
        html.Append("<button type=\"submit\" style=\"font-size: 18px; padding: 0.5em 1em;\">Versturen</button></form>");
        return CitizenPage.Html("Hoe gaat het met u?", html.ToString());
    }

    private static void Choices(StringBuilder html, string legend, string type, string name, IReadOnlyList<(string Code, string Label)> options)
    {
        html.Append($"<fieldset style=\"margin-bottom: 1em;\"><legend>{CitizenPage.Encode(legend)}</legend>");
        foreach (var (code, label) in options)
        {
            html.Append($"<label style=\"display: block;\"><input type=\"{type}\" name=\"{name}\" value=\"{code}\"> {CitizenPage.Encode(label)}</label>");
        }

        html.Append("</fieldset>");
    }
}
