using System.Net;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Waardering.Data.Migrations;
using Waardering.Testing;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Operations;

/// <summary>
/// Several Web instances started at once on one empty database: each applies the pending
/// migrations at start-up under the advisory lock, so all start, and every migration is applied once.
/// </summary>
public sealed class ConcurrentMigrationTests : IAsyncLifetime
{
    private const int Instances = 3;
    private readonly string _name = $"waardering_test_{Guid.NewGuid():N}";
    private readonly List<WebApplicationFactory<Program>> _hosts = [];

    private string ConnectionString => new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresAdminConnectionString) { Database = _name }.ConnectionString;

    public async Task InitializeAsync()
    {
        await using var admin = new NpgsqlConnection(TestEnvironment.PostgresAdminConnectionString);
        await admin.ExecuteAsync($"create database {_name}");
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(TestEnvironment.PostgresAdminConnectionString);
        await admin.ExecuteAsync($"drop database if exists {_name} with (force)");
    }

    [Fact]
    public async Task ThreeWebInstances_StartingAtOnceOnAnEmptyDatabase_AllStart_AndApplyEveryMigrationOnce()
    {
        for (var i = 0; i < Instances; i++)
        {
            _hosts.Add(new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
            {
                web.UseEnvironment("Testing");
                web.UseSetting("ConnectionStrings:Waardering", ConnectionString);
                web.UseSetting("Privacy:EncryptionKey", TestEnvironment.EncryptionKey);
                web.UseSetting("Privacy:HashKey", TestEnvironment.HashKey);
                web.UseSetting("Auth:SigningKey", WebAppFixture.SigningKey);
                web.UseSetting("Links:PublicBaseUrl", TestEnvironment.PublicBaseUrl);
            }));
        }

        using var start = new Barrier(Instances);
        // Each host applies the migrations while it starts; all start together.
        await Task.WhenAll(_hosts.Select(host => Task.Run(() =>
        {
            start.SignalAndWait();
            _ = host.Server;
        })));

        foreach (var host in _hosts)
        {
            Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().GetAsync("/health")).StatusCode);
        }

        var files = typeof(MigrationRunner).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("migrations/", StringComparison.Ordinal)).Select(n => n["migrations/".Length..]).Order(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(ConnectionString);
        var journal = await connection.QueryAsync<string>("select name from schema_migrations order by name collate \"C\"");
        Assert.Equal(files, journal);
    }
}
