using System.Globalization;

namespace Waardering.Web.Texts;

/// <summary>
/// The language of the citizen's page: the request's UI culture, which the request localization
/// sets from <c>?lang=</c> or the language cookie (<see cref="TextsSetup"/>), Dutch by default.
/// Only the page's words follow it; the formatting culture of the process is left alone, so CSV
/// and API numbers do not change with a citizen's choice.
/// </summary>
public static class CitizenLanguage
{
    /// <summary>The query parameter a link can carry to open a page in a language (a mail's link, in the request's).</summary>
    public const string QueryKey = "lang";

    public const string CookieName = ".Waardering.Language";

    /// <summary>The chosen language's code; Dutch outside a request or for a culture the middleware did not set (en-US).</summary>
    public static string Current => CultureInfo.CurrentUICulture.Name is var name && TextFiles.LanguageCode().IsMatch(name) ? name : TextFiles.Default;
}
