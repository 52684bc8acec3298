namespace Waardering.Web.Texts;

/// <summary>
/// Where the citizens' page texts are: <c>{Path}/{language}/{feature}.json</c>, shipped in Dutch
/// and English, and optionally a municipality's own folder of the same shape
/// (<see cref="OverridesPath"/>) whose texts win and whose extra languages are offered too.
/// </summary>
public sealed class TextOptions
{
    public const string Section = "Texts";

    public string Path { get; set; } = System.IO.Path.Combine(AppContext.BaseDirectory, "templates", "texts");

    public string? OverridesPath { get; set; }
}
