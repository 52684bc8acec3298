using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Waardering.DevIdentity;
using Waardering.Testing;

namespace Waardering.Web.Tests.Infrastructure;

/// <summary>
/// The Web host on a real loopback port, the development identity provider in-process on another
/// (staff sign in through it as they would at the municipality's own), and a headless Chromium to
/// use the pages as a citizen or an officer does: clicking and typing, not posting forms by hand.
/// </summary>
public class BrowserFixture : WebAppFixture
{
    public const string ClientId = "waardering-web";
    private const string ClientSecret = "secret-of-the-tests-web";
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private WebApplication? _provider;

    protected override bool RealServer => true;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The development identity provider's address (its issuer).</summary>
    public Uri ProviderAddress { get; private set; } = null!;

    /// <summary>The provider's users file; a fixture of its own may give one with other claim names.</summary>
    protected virtual string UsersFile => Path.Combine(AppContext.BaseDirectory, "users.json");

    public DevUsers ProviderUsers => _provider!.Services.GetRequiredService<DevUsers>();

    /// <summary>The provider's services, for a fixture that registers another client of the Web's.</summary>
    protected IServiceProvider ProviderServices => _provider!.Services;

    public override async Task InitializeAsync()
    {
        // First the provider, whose address the Web's settings name; then the Web, whose address the provider's client names.
        _provider = DevIdentityHost.Build(["--environment", "Development"], new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["DevIdentity:UsersFile"] = UsersFile,
        });
        ProviderAddress = await DevIdentityHost.StartAsync(_provider);
        await base.InitializeAsync();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        await DevClient.RegisterAsync(_provider.Services, new DevClient
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            RedirectUris = [new Uri(BaseAddress, "/staff/signin-oidc").ToString()],
            PostLogoutRedirectUris = [new Uri(BaseAddress, "/staff/signout-callback-oidc").ToString()],
        });
        await WarmSignInAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = TestEnvironment.Chromium,
            Headless = true,
            // Without these Chromium reaches for Google's hosts, which this network refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>
    /// The first sign-in of a host reads the provider's discovery document and keys, and the
    /// provider serves its first authorization request: on a loaded machine that took longer than
    /// a browser test waits for a page. Done once here, before any test's clock runs.
    /// </summary>
    private async Task WarmSignInAsync()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromMinutes(2) };
        var challenge = await http.GetAsync(new Uri(BaseAddress, "/staff/account"));
        if (challenge.Headers.Location is { } authorize)
        {
            (await http.GetAsync(authorize)).Dispose();
        }
    }

    protected override void Configure(IWebHostBuilder web)
    {
        web.UseSetting("Auth:Oidc:Authority", ProviderAddress.ToString());
        web.UseSetting("Auth:Oidc:ClientId", ClientId);
        web.UseSetting("Auth:Oidc:ClientSecret", ClientSecret);
        web.UseSetting("Auth:Oidc:RequireHttpsMetadata", "false");
    }

    public override async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
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
        var context = await NewContextAsync(bearerToken);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(pathAndQuery);
        Assert.NotNull(response);
        return (context, page);
    }

    /// <summary>A fresh browser without cookies on the Web's address, sending the staff token if given; close it when done.</summary>
    public async Task<IBrowserContext> NewContextAsync(string? bearerToken = null)
    {
        // The pages forbid every script (CSP script-src 'none'); the context lets the test inject
        // axe-core anyway. SecurityHeadersTests holds the policy itself.
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(), Locale = "nl-NL", BypassCSP = true,
            ExtraHTTPHeaders = bearerToken is null ? null : new Dictionary<string, string> { ["Authorization"] = $"Bearer {bearerToken}" },
        });
        // A sign-in crosses two hosts in one redirect chain; on a machine shared by several browser
        // fixtures at once that can take longer than Playwright's 30 s default.
        context.SetDefaultNavigationTimeout(90_000);
        context.SetDefaultTimeout(60_000);
        return context;
    }

    /// <summary>
    /// Signs <paramref name="username"/> (of the provider's users file) in through the real flow:
    /// a staff page sends the browser to the provider's login page, the user and password are typed
    /// there, and the provider sends the browser back signed in. Answers the page, on "Uw account".
    /// </summary>
    public async Task<IPage> SignInAsync(IBrowserContext context, string username)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/staff/account");
        await LogInAtProviderAsync(page, username);
        await page.WaitForURLAsync(new Uri(BaseAddress, "/staff/account").ToString());
        return page;
    }

    /// <summary>
    /// On the provider's login page: types the user's name and password from the users file, and
    /// presses the button. With <paramref name="waitForLoad"/> false it does not wait for the page the
    /// redirects end on to load: the caller waits for the address it expects instead.
    /// </summary>
    public async Task LogInAtProviderAsync(IPage page, string username, bool waitForLoad = true)
    {
        var user = ProviderUsers.Users.Single(u => u.Username == username);
        await page.GetByLabel("Gebruikersnaam").FillAsync(user.Username);
        await page.GetByLabel("Wachtwoord").FillAsync(user.Password);
#pragma warning disable CS0612 // NoWaitAfter is marked deprecated because it is to become the default.
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Inloggen" })
            .ClickAsync(new LocatorClickOptions { NoWaitAfter = !waitForLoad });
#pragma warning restore CS0612
    }
}
