namespace Waardering.Web.Pages;

/// <summary>
/// The HTML id of a form field from its name (<c>caregivers[0].iban</c> → <c>caregivers-0-iban</c>),
/// so the error summary's links and each field's error message point at the same element.
/// </summary>
public static class FieldIds
{
    public static string Of(string name) => name.Replace('.', '-').Replace("[", "-", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);

    public static string ErrorOf(string name) => Of(name) + "-error";
}
