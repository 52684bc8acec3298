using Waardering.Web.Texts;

namespace Waardering.Web.Tests.Texts;

/// <summary>The page texts: shipped in Dutch and English, and a municipality's own folder adds a language without code.</summary>
public sealed class TextFilesTests : IDisposable
{
    private readonly string _overrides = Directory.CreateTempSubdirectory("texts-").FullName;

    [Fact]
    public void AMunicipalitysFolder_AddsALanguage_WhoseMissingTextsFallBackToDutch()
    {
        Directory.CreateDirectory(Path.Combine(_overrides, "ar"));
        File.WriteAllText(Path.Combine(_overrides, "ar", "page.json"), """{ "skipLink": "انتقل إلى المحتوى" }""");

        var files = new TextFiles(new TextOptions { OverridesPath = _overrides });

        Assert.Equal(["nl", "ar", "en"], files.Languages);
        Assert.Equal("انتقل إلى المحتوى", files.Find("ar", "page.skipLink"));
        Assert.Equal(files.Find("nl", "page.languages"), files.Find("ar", "page.languages"));
        Assert.True(TextFiles.IsRightToLeft("ar"));
        Assert.False(TextFiles.IsRightToLeft("en"));
        Assert.Equal("English", TextFiles.NativeName("en"));
    }

    [Fact]
    public void AFolderThatIsNoLanguageCode_IsNotALanguage()
    {
        Directory.CreateDirectory(Path.Combine(_overrides, "GM0402"));
        File.WriteAllText(Path.Combine(_overrides, "GM0402", "page.json"), """{ "skipLink": "x" }""");

        Assert.DoesNotContain("GM0402", new TextFiles(new TextOptions { OverridesPath = _overrides }).Languages);
    }

    [Fact]
    public void DutchAndEnglish_HaveTheSameKeys()
    {
        var files = new TextFiles(new TextOptions());

        Assert.NotEmpty(files.All("nl"));
        Assert.Equal(files.All("nl").Select(t => t.Key).Order(), files.All("en").Select(t => t.Key).Order());
    }

    public void Dispose() => Directory.Delete(_overrides, recursive: true);
}
