namespace Waardering.Data.Links;

/// <summary>
/// A link the service sends a citizen, in a mail or printed in a letter, opens its page in the
/// language of the request it belongs to: <c>?lang=</c> names it when it is not Dutch, so no cookie
/// is needed (the citizens' pages read it, Web/Texts/TextsSetup). Dutch links stay as they were.
/// </summary>
public static class CitizenLinks
{
    public const string DefaultLanguage = "nl";
    public const string LanguageKey = "lang";

    public static string InLanguage(string url, string language) =>
        language == DefaultLanguage
            ? url
            : $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{LanguageKey}={Uri.EscapeDataString(language)}";
}
