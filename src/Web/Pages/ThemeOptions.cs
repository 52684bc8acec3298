using System.Text.RegularExpressions;

namespace Waardering.Web.Pages;

/// <summary>
/// The municipality's look over the NL Design System: its name in the page header, its colours
/// and its logo (a file on disk, served at <see cref="DesignSystem.LogoPath"/>). Colours are
/// #rrggbb; the defaults are Utrecht's tokens' own blue and dark text, which pass WCAG AA contrast
/// on white.
/// </summary>
public sealed partial class ThemeOptions
{
    public const string Section = "Theme";

    public string Name { get; set; } = "Gemeente";

    /// <summary>Buttons, the page header's bar and focus rings.</summary>
    public string PrimaryColor { get; set; } = "#24578f";

    /// <summary>Text on <see cref="PrimaryColor"/>.</summary>
    public string PrimaryTextColor { get; set; } = "#ffffff";

    public string LinkColor { get; set; } = "#24578f";

    /// <summary>An SVG or PNG file; none shows the name alone.</summary>
    public string? LogoFile { get; set; }

    public IEnumerable<string> Problems()
    {
        foreach (var (name, value) in new[] { (nameof(PrimaryColor), PrimaryColor), (nameof(PrimaryTextColor), PrimaryTextColor), (nameof(LinkColor), LinkColor) })
        {
            if (!Colour().IsMatch(value))
            {
                yield return $"{Section}:{name} must be a colour as #rrggbb, not '{value}'.";
            }
        }

        if (LogoFile is { Length: > 0 } && !File.Exists(LogoFile))
        {
            yield return $"{Section}:{nameof(LogoFile)} names a file that does not exist: {LogoFile}.";
        }
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex Colour();
}
