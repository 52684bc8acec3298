using System.Text.RegularExpressions;
using Waardering.Domain.Contact;
using Waardering.Web.Contact;
using Waardering.Web.Texts;

namespace Waardering.Web.Tests.Texts;

/// <summary>
/// The texts the code asks for are in the files, and each language's version of a text takes the
/// same values: a missing key shows on the page as the key itself, a missing {1} drops an amount.
/// </summary>
public sealed partial class TextKeysTests
{
    private static readonly TextFiles Files = new(new TextOptions());

    [Fact]
    public void EveryKeyTheCodeNames_IsInTheDutchTexts()
    {
        var named = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src", "Web"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => NamedKey().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .Distinct().ToList();

        Assert.Contains("validation.postcode", named);
        Assert.DoesNotContain(named, k => Files.Find("nl", k) is null);
    }

    [Fact]
    public void EveryCheckInChoice_HasItsText()
    {
        var keys = CheckInWords.Wellbeing.Select(c => $"check-in.wellbeing.{c.Code}")
            .Concat(CheckInWords.Signals.Select(c => $"check-in.signal.{c.Code}"))
            .Concat(CheckInWords.TargetGroups.Select(c => $"check-in.targetGroup.{c.Code}"))
            .Concat(CheckInWords.Backgrounds.Select(c => $"check-in.background.{c.Code}"))
            .Concat(CheckInWords.ContactWishes.Select(c => $"check-in.contactWish.{c.Code}"));

        Assert.Equal(Enum.GetValues<ContactWish>().Length, CheckInWords.ContactWishes.Count);
        Assert.DoesNotContain(keys, k => Files.Find("nl", k) is null || Files.Find("en", k) is null);
    }

    [Fact]
    public void DutchAndEnglish_TakeTheSameValues_InEachText()
    {
        var differ = Files.All("nl")
            .Where(t => !Placeholders(t.Value).SequenceEqual(Placeholders(Files.Find("en", t.Key)!)))
            .Select(t => t.Key).ToList();

        Assert.Empty(differ);
    }

    private static IEnumerable<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "Waardering.sln")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("Waardering.sln not found above the test's folder.");
        }

        return directory.FullName;
    }

    /// <summary><c>T["apply.title"</c> in a component, <c>CitizenWords.Of("apply.title"</c> in C#: a literal key.</summary>
    [GeneratedRegex("""(?:\bT\[|CitizenWords\.Of\()"(?<key>[a-z-]+\.[A-Za-z.]+)"[\],)]""")]
    private static partial Regex NamedKey();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
