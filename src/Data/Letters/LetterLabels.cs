using System.Collections.Concurrent;
using System.Text.Json;

namespace Waardering.Data.Letters;

/// <summary>The few words a letter prints around its text: beside the date, reference and subject, the page numbers, the phone.</summary>
public sealed record LetterLabels(string Date, string Reference, string Subject, string PageOf, string Phone);

/// <summary>
/// A letter's labels from the letters' text file <c>{language}/labels.json</c> beside its templates,
/// so a municipality that adds a language (in <c>Letters:OverridesPath</c>, under its CBS code) gets
/// them without code. Key by key, a language's own file wins over Dutch and a municipality's over the
/// shipped one; Dutch must name every label. Read once per municipality and language.
/// </summary>
public sealed class LetterLabelFiles(string templatesPath, string? overridesPath)
{
    public const string FileName = "labels.json";
    private const string Dutch = "nl";
    private readonly ConcurrentDictionary<(string?, string), LetterLabels> _read = new();

    public LetterLabels For(string language, string? municipalityCode) =>
        _read.GetOrAdd((municipalityCode, language), key => Read(key.Item2, key.Item1));

    private LetterLabels Read(string language, string? municipalityCode)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var lang in language == Dutch ? [Dutch] : new[] { Dutch, language })
        {
            Merge(words, Path.Combine(templatesPath, lang, FileName));
            if (overridesPath is { Length: > 0 } && municipalityCode is not null)
            {
                Merge(words, Path.Combine(overridesPath, municipalityCode, lang, FileName));
            }
        }

        string Word(string key) => words.TryGetValue(key, out var word)
            ? word
            : throw new InvalidOperationException($"The letters' {Dutch}/{FileName} in {templatesPath} has no \"{key}\".");
        return new LetterLabels(Word("date"), Word("reference"), Word("subject"), Word("pageOf"), Word("phone"));
    }

    private static void Merge(Dictionary<string, string> words, string file)
    {
        if (!File.Exists(file))
        {
            return;
        }

        foreach (var (key, word) in JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file)) ?? [])
        {
            words[key] = word;
        }
    }
}
