using System.Net;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Waardering.Testing;
using Waardering.Web.Tests.Infrastructure;
using Waardering.Worker;

namespace Waardering.Web.Tests.Operations;

/// <summary>Liveness, readiness and the Workers' heartbeat, each on a database of this class's own.</summary>
public sealed class HealthTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Ready_WithAMigrationMissingFromTheJournal_Is503_WhileLiveAndTheOldHealthStayOk()
    {
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync("/health/ready")).StatusCode);
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var last = await connection.QuerySingleAsync<(string Name, string Checksum)>(
            "select name, checksum from schema_migrations order by name collate \"C\" desc limit 1");
        await connection.ExecuteAsync("delete from schema_migrations where name = @Name", new { last.Name });
        try
        {
            var ready = await app.Anonymous().GetAsync("/health/ready");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Contains(last.Name, await ready.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync("/health/live")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync("/health")).StatusCode);
        }
        finally
        {
            await connection.ExecuteAsync("insert into schema_migrations (name, checksum) values (@Name, @Checksum)", new { last.Name, last.Checksum });
        }
    }

    [Fact]
    public async Task Live_AnswersWithoutTheDatabase()
    {
        // The database refuses every connection, and the open ones are ended.
        var name = new NpgsqlConnectionStringBuilder(app.Database.ConnectionString).Database;
        var webPool = app.Factory.Services.GetRequiredService<NpgsqlDataSource>();
        await using var admin = new NpgsqlConnection(TestEnvironment.PostgresAdminConnectionString);
        await admin.ExecuteAsync($"alter database {name} allow_connections false");
        try
        {
            await admin.ExecuteAsync("select pg_terminate_backend(pid) from pg_stat_activity where datname = @name", new { name });
            webPool.Clear();

            Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync("/health/live")).StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await app.Anonymous().GetAsync("/health/ready")).StatusCode);
        }
        finally
        {
            await admin.ExecuteAsync($"alter database {name} allow_connections true");
            // No connection the test ended stays in a pool for the next test.
            webPool.Clear();
            app.Database.DataSource.Clear();
            NpgsqlConnection.ClearAllPools();
        }
    }

    [Fact]
    public async Task Worker_IsHealthyWhileAWorkerBeats_AndNotWhenItsHeartbeatIsOld_OrItStopped()
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await app.Anonymous().GetAsync("/health/worker")).StatusCode);

        using var worker = WorkerHost.Build(WorkerArgs.For(app.Database.ConnectionString, TestEnvironment.SmtpPort), NoHangfireLogs.Register);
        await worker.StartAsync();
        await WaitForAsync(HttpStatusCode.OK);
        await using (var connection = await app.Database.DataSource.OpenConnectionAsync())
        {
            // As if the Worker hung two minutes ago: its row stays, its heartbeat ages.
            await connection.ExecuteAsync("update hangfire.server set lastheartbeat = lastheartbeat - interval '2 minutes'");
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await app.Anonymous().GetAsync("/health/worker")).StatusCode);
        await WaitForAsync(HttpStatusCode.OK); // its next heartbeat
        await worker.StopAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await app.Anonymous().GetAsync("/health/worker")).StatusCode);
    }

    /// <summary>Hangfire announces a server and beats every 30 s; a little over that is enough.</summary>
    private async Task WaitForAsync(HttpStatusCode expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(40);
        HttpStatusCode status;
        while ((status = (await app.Anonymous().GetAsync("/health/worker")).StatusCode) != expected)
        {
            Assert.True(DateTime.UtcNow < deadline, $"/health/worker stayed {status}");
            await Task.Delay(200);
        }
    }
}
