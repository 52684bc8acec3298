using System.Text;
using Waardering.Domain.Requests;
using Waardering.Domain.Schemes;
using Waardering.Domain.Vocabulary;
using Waardering.Web.Pages;
using Waardering.Web.Requests;

namespace Waardering.Web.Apply;

/// <summary>Writes labelled fields with their value and, when there is one, their error (tied to the field for screen readers).</summary>
internal sealed class FormFields(StringBuilder html, ApplicationForm values, FieldErrors? errors)
{
    /// <summary>No field of the form is longer than a name (<see cref="RequestFieldValidation.MaxNameLength"/>).</summary>
    private const int MaxInputLength = RequestFieldValidation.MaxNameLength;

    private readonly Dictionary<string, string[]> _errors = errors?.ToDictionary() ?? [];

    public void Input(string name, string label, string type = "text")
    {
        var id = Id(name);
        html.Append($"<p><label for=\"{id}\">{CitizenPage.Encode(label)}</label><br>");
        html.Append($"<input id=\"{id}\" name=\"{name}\" type=\"{type}\" value=\"{CitizenPage.Encode(values.Value(name))}\" maxlength=\"{MaxInputLength}\"{Described(name)}>");
        Error(name);
        html.Append("</p>");
    }

    public void Check(string name, string label)
    {
        var isChecked = values.Value(name) is "true" or "on" ? " checked" : "";
        html.Append($"<p><label><input type=\"checkbox\" name=\"{name}\" value=\"true\"{isChecked}> {CitizenPage.Encode(label)}</label></p>");
    }

    /// <summary>Who applies: a choice when the scheme lets both apply, otherwise fixed.</summary>
    public void WhoApplies(WhoMayApply whoMayApply)
    {
        if (whoMayApply != WhoMayApply.Both)
        {
            var only = whoMayApply == WhoMayApply.Recipient ? Applicant.Recipient : Applicant.Caregiver;
            html.Append($"<input type=\"hidden\" name=\"submittedBy\" value=\"{only.Code()}\">");
            return;
        }

        html.Append("<fieldset style=\"margin-bottom: 1em;\"><legend>Wie vraagt aan?</legend>");
        foreach (var (applicant, label) in new[]
                 { (Applicant.Recipient, "Ik krijg zorg (zorgvrager)"), (Applicant.Caregiver, "Ik geef zorg (mantelzorger)") })
        {
            var value = applicant.Code();
            var isChecked = values.Value("submittedBy") == value ? " checked" : "";
            html.Append($"<label style=\"display: block;\"><input type=\"radio\" name=\"submittedBy\" value=\"{value}\"{isChecked}> {label}</label>");
        }

        Error("submittedBy");
        html.Append("</fieldset>");
    }

    private void Error(string name)
    {
        if (_errors.TryGetValue(name, out var messages))
        {
            html.Append($"<br><strong id=\"{Id(name)}-error\" style=\"color: #b00;\">{CitizenPage.Encode(string.Join(" ", messages))}</strong>");
        }
    }

    private string Described(string name) =>
        _errors.ContainsKey(name) ? $" aria-invalid=\"true\" aria-describedby=\"{Id(name)}-error\"" : "";

    private static string Id(string name) => name.Replace('.', '-').Replace("[", "-").Replace("]", "");
}
