using System.Globalization;
using NodaTime;

namespace Waardering.Web.Texts;

/// <summary>
/// The citizen's words where no component or handler parameter can bring the localizer: the field
/// checks that the form, the API and the back office share (one set of rules, their messages in the
/// request's language, Dutch by default) and the pages a handler builds from them. Reads the
/// serving host's own text files, a municipality's languages included (<see cref="TextsSetup"/>
/// hands them to each request); outside a request, the shipped ones.
/// </summary>
public static class CitizenWords
{
    private static readonly Lazy<TextFiles> Shipped = new(() => new TextFiles(new TextOptions()));

    private static readonly AsyncLocal<TextFiles?> RequestFiles = new();

    /// <summary>The texts for the rest of this request: per request, because every host (and test host) has its own.</summary>
    internal static void Use(TextFiles files) => RequestFiles.Value = files;

    /// <summary>The languages a citizen can choose, Dutch first: a request's <c>language</c> is one of them.</summary>
    public static IReadOnlyList<string> Languages => Files.Languages;

    public static bool IsOffered(string? language) => Files.IsOffered(language);

    private static TextFiles Files => RequestFiles.Value ?? Shipped.Value;

    /// <summary>A date written out in the request's language: "31 december 2026", "31 December 2026".</summary>
    public static string Date(LocalDate date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(CitizenLanguage.Current));

    /// <summary>The text of <paramref name="key"/> (<c>feature.key</c>) in the request's language, its <c>{0}</c> filled in.</summary>
    public static string Of(string key, params object[] arguments) => In(CitizenLanguage.Current, key, arguments);

    /// <summary>The Dutch text of <paramref name="key"/> whatever the request's language: the back office speaks Dutch.</summary>
    public static string Dutch(string key) => In(TextFiles.Default, key, []);

    private static string In(string language, string key, object[] arguments) =>
        Files.Text(language, key, arguments)
            ?? throw new KeyNotFoundException($"No text {key} in templates/texts/{TextFiles.Default}.");
}
