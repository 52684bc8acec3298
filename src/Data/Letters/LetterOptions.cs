namespace Waardering.Data.Letters;

/// <summary>
/// Settings <c>Letters</c>: where the letter templates are, a municipality's own, the fonts, the
/// folder a print service collects from, and per municipality code the letterhead
/// (<c>Letters:Letterheads:GM0402:Name</c>, <c>…:ReturnAddress:0</c>, <c>…:Phone</c>, <c>…:Website</c>).
/// </summary>
public sealed class LetterOptions
{
    public const string Section = "Letters";

    public string TemplatesPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "templates", "letters");
    public string? OverridesPath { get; set; }
    public string? FontsPath { get; set; }

    /// <summary>When set, the Worker drops each day's letters there as one PDF for a print service, and marks them printed.</summary>
    public string? PrintFolder { get; set; }

    public Dictionary<string, Letterhead> Letterheads { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>What stands at the top of a municipality's letters. Without one, the municipality's name alone.</summary>
public sealed class Letterhead
{
    public string? Name { get; set; }
    public List<string> ReturnAddress { get; set; } = [];
    public string? Phone { get; set; }
    public string? Website { get; set; }
}
