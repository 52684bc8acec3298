using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Waardering.Data.Database;
using Waardering.Data.Migrations;

namespace Waardering.Testing;

/// <summary>
/// A database of its own for one test class or collection, created on the test cluster with
/// the migrations applied, and dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncLifetime
{
    private readonly string _name = $"waardering_test_{Guid.NewGuid():N}";

    public string ConnectionString { get; private set; } = "";

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await using (var admin = new NpgsqlConnection(TestEnvironment.PostgresAdminConnectionString))
        {
            await admin.ExecuteAsync($"create database {_name}");
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresAdminConnectionString)
        {
            Database = _name,
        }.ConnectionString;
        DataSource = DataServiceCollectionExtensions.CreateDataSource(ConnectionString);
        DapperSetup.EnsureConfigured();
        await new MigrationRunner(DataSource, NullLogger<MigrationRunner>.Instance).ApplyAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(TestEnvironment.PostgresAdminConnectionString);
        await admin.ExecuteAsync($"drop database if exists {_name} with (force)");
    }
}
