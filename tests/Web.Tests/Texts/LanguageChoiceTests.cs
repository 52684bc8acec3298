using System.Net;
using Microsoft.Playwright;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Texts;

/// <summary>A citizen chooses the page's language with the links in the header, and the choice stays.</summary>
public sealed class LanguageChoiceTests(BrowserFixture app) : ClockPinnedTests(app.Clock), IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task TheEnglishLink_TurnsThePageEnglish_AndTheChoiceStays_UntilDutchIsChosen()
    {
        var municipality = await app.CreateSchemeAsync();
        var (context, page) = await app.OpenAsync($"/apply/{municipality}/2026");
        await using var _ = context;
        Assert.Equal("nl", await page.Locator("html").GetAttributeAsync("lang"));

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "English" }).ClickAsync();

        Assert.EndsWith($"/apply/{municipality}/2026", page.Url);
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("ltr", await page.Locator("html").GetAttributeAsync("dir"));
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Language" })
            .GetByRole(AriaRole.Link)).ToHaveAttributeAsync("lang", "nl");
        await BrowserFixture.CheckPageAsync(page, "apply-form-english");

        await page.ReloadAsync();
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Nederlands" }).ClickAsync();
        Assert.Equal("nl", await page.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task ALinkWithLang_OpensThePageInThatLanguage_AndItsDutchLinkLeavesLangBehind()
    {
        var municipality = await app.CreateSchemeAsync();
        var (context, page) = await app.OpenAsync($"/apply/{municipality}/2026?lang=en");
        await using var _ = context;

        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.Locator(".utrecht-skip-link")).ToHaveTextAsync("Skip to content");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Nederlands" }).ClickAsync();

        Assert.EndsWith($"/apply/{municipality}/2026", page.Url);
        Assert.Equal("nl", await page.Locator("html").GetAttributeAsync("lang"));
    }

    [Theory]
    [InlineData("//elders.example/pagina")]
    [InlineData("/\\elders.example")]
    [InlineData("https://elders.example/")]
    public async Task TheLanguageLink_GoesBackOnlyToThisSite(string back)
    {
        using var client = NotFollowing();

        var response = await client.GetAsync($"/language/en?back={Uri.EscapeDataString(back)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".Waardering.Language=c%3Den%7Cuic%3Den", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ALanguageWithoutTexts_IsNotOffered()
    {
        using var client = NotFollowing();

        var response = await client.GetAsync("/language/xx?back=/");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    private HttpClient NotFollowing() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.BaseAddress };
}
