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

    /// <summary>A fresh browser (no cookies) on the page; close it with the returned context.</summary>
    public async Task<(IBrowserContext Context, IPage Page)> OpenAsync(string pathAndQuery)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(pathAndQuery);
        Assert.NotNull(response);
        return (context, page);
    }
}
