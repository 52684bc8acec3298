using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Waardering.Web.Texts;

/// <summary>
/// Every page text in every language, read once at start-up from the text files
/// (<see cref="TextOptions"/>). A file is a flat JSON object; its key as code uses it is the file's
/// name, a dot and the key (<c>apply.json</c>'s <c>title</c> is <c>apply.title</c>). A folder is a
/// language when its name is an ISO 639 code; Dutch must be there, since every other language falls
/// back to it.
/// </summary>
public sealed partial class TextFiles
{
    public const string Default = "nl";

    private readonly Dictionary<string, Dictionary<string, string>> _texts;

    public TextFiles(TextOptions options)
    {
        _texts = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var root in new[] { options.Path, options.OverridesPath })
        {
            if (root is { Length: > 0 } && Directory.Exists(root))
            {
                Read(root);
            }
        }

        if (!_texts.ContainsKey(Default))
        {
            throw new InvalidOperationException($"No Dutch page texts in {options.Path}/{Default}: every language falls back to them.");
        }

        Languages = [Default, .. _texts.Keys.Where(l => l != Default).Order(StringComparer.Ordinal)];
    }

    /// <summary>The languages a citizen can choose, Dutch first.</summary>
    public IReadOnlyList<string> Languages { get; }

    public bool IsOffered(string? language) => language is not null && _texts.ContainsKey(language);

    /// <summary>The text in this language, else in Dutch; null when neither has the key.</summary>
    public string? Find(string language, string key) =>
        _texts.TryGetValue(language, out var texts) && texts.TryGetValue(key, out var text) ? text
        : _texts[Default].GetValueOrDefault(key);

    /// <summary>The text as <see cref="Find"/> gives it, its <c>{0}</c> places filled in with the language's formatting.</summary>
    public string? Text(string language, string key, object[] arguments) =>
        Find(language, key) is not { } text ? null
        : arguments.Length == 0 ? text
        : string.Format(CultureInfo.GetCultureInfo(language), text, arguments);

    public IEnumerable<KeyValuePair<string, string>> All(string language) =>
        _texts.TryGetValue(language, out var texts) ? texts : [];

    /// <summary>The language's own name for itself, as a language link shows it ("English", "Türkçe").</summary>
    public static string NativeName(string language)
    {
        var name = CultureInfo.GetCultureInfo(language).NativeName;
        return name.Length == 0 ? language : char.ToUpper(name[0], CultureInfo.GetCultureInfo(language)) + name[1..];
    }

    public static bool IsRightToLeft(string language) => CultureInfo.GetCultureInfo(language).TextInfo.IsRightToLeft;

    private void Read(string root)
    {
        foreach (var folder in Directory.EnumerateDirectories(root))
        {
            var language = System.IO.Path.GetFileName(folder);
            if (!LanguageCode().IsMatch(language))
            {
                continue;
            }

            var texts = _texts.TryGetValue(language, out var known) ? known : _texts[language] = new(StringComparer.Ordinal);
            foreach (var file in Directory.EnumerateFiles(folder, "*.json"))
            {
                var feature = System.IO.Path.GetFileNameWithoutExtension(file);
                var values = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file))
                    ?? throw new InvalidOperationException($"{file} is not a JSON object of texts.");
                foreach (var (key, text) in values)
                {
                    texts[$"{feature}.{key}"] = text;
                }
            }
        }
    }

    /// <summary>An ISO 639-1 or -2 code, as the database's language columns take it (migration 0022).</summary>
    [GeneratedRegex("^[a-z]{2,3}$")]
    public static partial Regex LanguageCode();
}
