using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;
using Waardering.Data.Database;
using Waardering.Data.Migrations;
using Waardering.Testing;

namespace Waardering.Worker.Tests.Database;

/// <summary>
/// Migration 0036 turns PostgreSQL's JIT off for the service's database when the migrations run as
/// its owner, and, run by a user that is not the owner, leaves it on with a warning that says what to
/// run, instead of failing the start.
/// </summary>
public sealed class JitOffMigrationTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly string _role = $"not_owner_{Guid.NewGuid():N}";

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(TestEnvironment.PostgresAdminConnectionString);
        await admin.ExecuteAsync($"drop role if exists {_role}");
    }

    [Fact]
    public async Task AppliedByTheOwner_NewSessionsOfTheDatabaseRunWithoutJit()
    {
        Assert.Contains("jit=off", await DatabaseSettingsAsync());

        // A session of its own, not one the pool kept from before the migration.
        await using var session = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Pooling = false }.ConnectionString);
        await session.OpenAsync();
        Assert.Equal("off", await session.ExecuteScalarAsync<string>("show jit"));
    }

    [Fact]
    public async Task AppliedByAUserThatIsNotTheOwner_LeavesJitOn_AndLogsAWarningWithTheStatementToRun()
    {
        // The database as it was before 0036, and a user that may migrate it but does not own it.
        await using (var admin = await _database.DataSource.OpenConnectionAsync())
        {
            await admin.ExecuteAsync($"""
                alter database {DatabaseName} reset jit;
                delete from schema_migrations where name = '0036_jit_off.sql';
                create role {_role} login;
                grant create, usage on schema public to {_role};
                grant select, insert on schema_migrations to {_role};
                """);
        }

        var logs = new CapturedLogs();
        using var logging = LoggerFactory.Create(builder => builder.AddProvider(logs));
        await using var asNotOwner = DataServiceCollectionExtensions.CreateDataSource(
            new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Username = _role, Pooling = false }.ConnectionString);
        var applied = await new MigrationRunner(asNotOwner, logging.CreateLogger<MigrationRunner>()).ApplyAsync(CancellationToken.None);

        Assert.Equal(["0036_jit_off.sql"], applied);
        Assert.DoesNotContain("jit=off", await DatabaseSettingsAsync());
        var warning = Assert.Single(logs.Events, e => e.StartsWith("Warning ", StringComparison.Ordinal));
        Assert.Contains($"Migration 0036_jit_off.sql: JIT stays on for database {DatabaseName}", warning);
        Assert.Contains($"alter database {DatabaseName} set jit = off;", warning);
    }

    private string DatabaseName => new NpgsqlConnectionStringBuilder(_database.ConnectionString).Database!;

    private async Task<string> DatabaseSettingsAsync()
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<string>("""
            select coalesce(array_to_string(s.setconfig, ','), '')
            from pg_database d left join pg_db_role_setting s on s.setdatabase = d.oid and s.setrole = 0
            where d.datname = current_database()
            """) ?? "";
    }
}
