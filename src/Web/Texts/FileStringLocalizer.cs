using Microsoft.Extensions.Localization;

namespace Waardering.Web.Texts;

/// <summary>
/// ASP.NET Core's localizer over the text files: a page asks <c>T["apply.title", year]</c> and gets
/// it in the request's language (<see cref="CitizenLanguage"/>), else in Dutch. A key missing in
/// Dutch too shows as the key itself, which the texts' tests look for.
/// </summary>
public sealed class FileStringLocalizer(TextFiles files) : IStringLocalizer
{
    public LocalizedString this[string name] => Find(name, []);

    public LocalizedString this[string name, params object[] arguments] => Find(name, arguments);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        files.All(CitizenLanguage.Current).Select(t => new LocalizedString(t.Key, t.Value));

    private LocalizedString Find(string name, object[] arguments) =>
        files.Text(CitizenLanguage.Current, name, arguments) is { } text
            ? new LocalizedString(name, text)
            : new LocalizedString(name, name, resourceNotFound: true);
}

/// <summary>One localizer for every page: the texts are keyed by feature, not by the class asking.</summary>
public sealed class FileStringLocalizerFactory(TextFiles files) : IStringLocalizerFactory
{
    private readonly FileStringLocalizer _localizer = new(files);

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;
}
