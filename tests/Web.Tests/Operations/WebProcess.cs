using System.Net;
using System.Net.Sockets;
using Dapper;
using Npgsql;
using Waardering.Testing;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Operations;

/// <summary>
/// Web in a process of its own on a free loopback port, with Production settings as it runs in a
/// deployment, so that it can be stopped with SIGTERM. Its database sessions carry an application
/// name of their own: a test sees in <c>pg_stat_activity</c> what its requests wait on.
/// </summary>
public sealed class WebProcess : IAsyncDisposable
{
    private readonly string _applicationName;

    private WebProcess(HostProcess process, Uri address, string applicationName)
    {
        Process = process;
        Address = address;
        _applicationName = applicationName;
    }

    public HostProcess Process { get; }

    public Uri Address { get; }

    /// <param name="settings">More settings, e.g. <c>--Shutdown:TimeoutSeconds=30</c>.</param>
    public static async Task<WebProcess> StartAsync(string connectionString, params string[] settings)
    {
        var applicationName = $"web-{Guid.NewGuid():N}";
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        string[] args =
        [
            $"--urls={address.GetLeftPart(UriPartial.Authority)}",
            $"--ConnectionStrings:Waardering={new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = applicationName }}",
            $"--Privacy:EncryptionKey={TestEnvironment.EncryptionKey}",
            $"--Privacy:HashKey={TestEnvironment.HashKey}",
            $"--Auth:SigningKey={WebAppFixture.SigningKey}",
            $"--Links:PublicBaseUrl={TestEnvironment.PublicBaseUrl}",
            // Every request of a test comes from one address: no limit it could reach.
            "--RateLimits:PerClientPermitLimit=1000000",
            "--RateLimits:SubmissionsPerClientPermitLimit=1000000",
            .. settings,
        ];
        var process = HostProcess.Start("Waardering.Web.dll", args, new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" });
        var web = new WebProcess(process, address, applicationName);
        await web.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        return web;
    }

    /// <summary>A client of its own: its requests go over connections of their own.</summary>
    public HttpClient Client() => new() { BaseAddress = Address };

    /// <summary>How many of Web's database sessions wait on a lock now.</summary>
    public async Task<int> WaitingOnLocksAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>(
            "select count(*)::int from pg_stat_activity where application_name = @name and wait_event_type = 'Lock'",
            new { name = _applicationName });
    }

    /// <summary>
    /// <c>/health/ready</c> over a new connection: its status code, or null when the connection is
    /// refused (nothing listens).
    /// </summary>
    public async Task<HttpStatusCode?> ReadyOnANewConnectionAsync()
    {
        using var client = Client();
        try
        {
            return (await client.GetAsync("/health/ready")).StatusCode;
        }
        catch (HttpRequestException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
        {
            return null;
        }
    }

    public ValueTask DisposeAsync() => Process.DisposeAsync();

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (await ReadyOnANewConnectionAsync() != HttpStatusCode.OK)
        {
            Assert.False(Process.HasExited, "Web ended at start-up:\n" + string.Join("\n", Process.Output.TakeLast(30)));
            Assert.True(DateTime.UtcNow < deadline, $"Web was not ready within {timeout}:\n" + string.Join("\n", Process.Output.TakeLast(30)));
            await Task.Delay(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
