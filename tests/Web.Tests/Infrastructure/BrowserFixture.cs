using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Waardering.Testing;

namespace Waardering.Web.Tests.Infrastructure;

/// <summary>
/// The Web host on a real loopback port, and a headless Chromium to use its pages as a citizen
/// does: clicking and typing, not posting forms by hand.
/// </summary>
public sealed class BrowserFixture : WebAppFixture
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    protected override bool RealServer => true;

    public Uri BaseAddress { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestEnvironment.Chromium,
            Headless = true,
            // Without these Chromium reaches for Google's hosts, which this network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public override async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>
    /// Saves the page as <paramref name="name"/>.png in the screenshots folder and checks it with
    /// axe-core against WCAG 2.0/2.1 A and AA: any violation fails the test, named with its nodes.
    /// </summary>
    public static async Task CheckPageAsync(IPage page, string name)
    {
        Directory.CreateDirectory(TestEnvironment.Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(TestEnvironment.Screenshots, name + ".png"), FullPage = true });
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = TestEnvironment.Axe });
        var violations = await page.EvaluateAsync<string[]>("""
            async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
                .violations.map(v => `${v.id}: ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
            """);
        Assert.True(violations.Length == 0, $"{name}: {string.Join("; ", violations)}");
    }

    /// <summary>A fresh browser (no cookies) on the page; close it with the returned context.</summary>
    public Task<(IBrowserContext Context, IPage Page)> OpenAsync(string pathAndQuery) => OpenAsync(pathAndQuery, bearerToken: null);

    /// <summary>
    /// A fresh browser that sends a staff member's API token with every request (the
    /// <c>Authorization</c> header the API reads), on a back-office page.
    /// </summary>
    public async Task<(IBrowserContext Context, IPage Page)> OpenAsync(string pathAndQuery, string? bearerToken)
    {
        // The pages forbid every script (CSP script-src 'none'); the context lets the test inject
        // axe-core anyway. SecurityHeadersTests holds the policy itself.
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(), Locale = "nl-NL", BypassCSP = true,
            ExtraHTTPHeaders = bearerToken is null ? null : new Dictionary<string, string> { ["Authorization"] = $"Bearer {bearerToken}" },
        });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(pathAndQuery);
        Assert.NotNull(response);
        return (context, page);
    }
}
