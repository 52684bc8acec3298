using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Waardering.Testing;
using Waardering.Web.Auth;

namespace Waardering.Web.Tests.Infrastructure;

/// <summary>
/// The Web host on a database of its own, with a clock the tests set. Tests create their own
/// scheme (a municipality code of their own) and so their own data.
/// </summary>
public class WebAppFixture : IAsyncLifetime
{
    public const string PolicyStaffEmail = "beleid@gemeente.example.org";
    public const string SupportEmail = "consulent@steunpunt.example.org";
    public const string SigningKey = "c2lnbmluZy1rZXktZm9yLXRlc3RzLW9ubHktMzItYnl0ZXMhIQ==";
    private int _nextMunicipality = Random.Shared.Next(1000, 5000);
    private int _nextForeign = Random.Shared.Next(8000, 9000);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _handedOut = new();

    public TestDatabase Database { get; } = new();

    /// <summary>Where the clock starts: inside Hilversum's window of 2026.</summary>
    public static readonly Instant Start = Instant.FromUtc(2026, 11, 2, 10, 0);

    /// <summary>Inside Hilversum's window of 2026 unless a test moves it.</summary>
    public FakeClock Clock { get; } = new(Start);

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    /// <summary>A real Kestrel server on a free loopback port instead of the in-memory one: for a browser.</summary>
    protected virtual bool RealServer => false;

    public virtual async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting("ConnectionStrings:Waardering", Database.ConnectionString);
            web.UseSetting("Privacy:EncryptionKey", TestEnvironment.EncryptionKey);
            web.UseSetting("Privacy:HashKey", TestEnvironment.HashKey);
            web.UseSetting("Auth:SigningKey", SigningKey);
            web.UseSetting("Links:PublicBaseUrl", TestEnvironment.PublicBaseUrl);
            web.UseSetting("Budget:PolicyStaffEmail", PolicyStaffEmail);
            web.UseSetting("Contact:SupportOrganisation:Name", "Steunpunt Mantelzorg");
            web.UseSetting("Contact:SupportOrganisation:Email", SupportEmail);
            web.UseSetting("Payouts:Debtor:Name", "Gemeente Testdorp");
            web.UseSetting("Payouts:Debtor:Iban", "NL91ABNA0417164300");
            web.UseSetting("Payouts:Debtor:Bic", "ABNANL2A");
            // Tests post from one client without an address, many at once: no limit they could reach.
            foreach (var limit in (string[])["PerClientPermitLimit", "SubmissionsPerClientPermitLimit", "PerRecipientPermitLimit"])
            {
                web.UseSetting($"RateLimits:{limit}", "1000000");
            }

            Configure(web);
            web.ConfigureTestServices(services =>
            {
                services.AddSingleton<IClock>(Clock);
                NoHangfireLogs.Register(services);
            });
        });
        if (RealServer)
        {
            // A free loopback port of its own: several browser fixtures run at once.
            Factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
            Factory.StartServer(); // migrations run at start-up
        }
        else
        {
            _ = Factory.Server; // start now: migrations run at start-up
        }
    }

    /// <summary>Settings of a fixture of its own, over the ones above.</summary>
    protected virtual void Configure(IWebHostBuilder web)
    {
    }

    public virtual async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>
    /// Codes that tests name without creating them (in a 400 or an empty answer), carried by the
    /// default staff tokens beside the codes this fixture handed out.
    /// </summary>
    public static readonly string[] FixedMunicipalities = ["GM0402"];

    /// <summary>A municipality code no other test of this fixture uses.</summary>
    public string NewMunicipality()
    {
        var code = $"GM{Interlocked.Increment(ref _nextMunicipality):D4}";
        _handedOut[code] = true;
        return code;
    }

    /// <summary>
    /// A municipality that no default staff token of this fixture carries (they come from a range
    /// <see cref="NewMunicipality"/> never reaches): for data a staff member must not see.
    /// </summary>
    public string ForeignMunicipality() => $"GM{Interlocked.Increment(ref _nextForeign):D4}";

    public HttpClient Anonymous() => Factory.CreateClient();

    /// <summary>
    /// A staff member's client. Without <paramref name="municipalities"/> its token carries every
    /// municipality this fixture has handed out by the time of each call (and
    /// <see cref="FixedMunicipalities"/>), so tests work with the municipalities they create, in
    /// whatever order; with them, exactly those.
    /// </summary>
    public HttpClient As(string role, string name = "tester", IReadOnlyCollection<string>? municipalities = null) =>
        WithStaffToken(defaults => Token(role, name, municipalities ?? defaults));

    /// <summary>A client whose token is made afresh for every request from the municipalities a default token carries then.</summary>
    public HttpClient WithStaffToken(Func<IReadOnlyCollection<string>, string> token) =>
        Factory.CreateDefaultClient(Factory.ClientOptions.BaseAddress, new RedirectHandler(), new CookieContainerHandler(),
            new StaffTokenHandler(() => token([.. FixedMunicipalities, .. _handedOut.Keys])));

    public static string Token(string role, string name = "tester", IEnumerable<string>? municipalities = null) =>
        DevelopmentTokens.Issue(new AuthOptions { SigningKey = SigningKey }, name, [role], municipalities ?? FixedMunicipalities,
            DateTime.UtcNow, TimeSpan.FromHours(1));

    /// <summary>Sets a fresh staff token on every request, so it carries the municipalities of that moment.</summary>
    private sealed class StaffTokenHandler(Func<string> token) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token());
            return base.SendAsync(request, cancellationToken);
        }
    }
}
