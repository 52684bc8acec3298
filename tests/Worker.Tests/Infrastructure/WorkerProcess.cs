using Dapper;
using Npgsql;
using Waardering.Testing;

namespace Waardering.Worker.Tests.Infrastructure;

/// <summary>
/// A Worker in a process of its own, as it runs in production, so that it can be frozen (SIGSTOP)
/// and killed (SIGKILL) like a crashed machine. Its database sessions carry an application name of
/// their own: a test sees in <c>pg_stat_activity</c> when none of them is still writing.
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly HostProcess _process;
    private readonly string _applicationName;

    private WorkerProcess(HostProcess process, string applicationName)
    {
        _process = process;
        _applicationName = applicationName;
    }

    /// <summary>What the process wrote to standard output so far, line by line: its log.</summary>
    public IReadOnlyList<string> Output => _process.Output;

    /// <param name="extra">More settings, e.g. <c>--Mail:BatchSize=25</c>.</param>
    public static WorkerProcess Start(string connectionString, int smtpPort, params string[] extra)
    {
        var applicationName = $"worker-{Guid.NewGuid():N}";
        var ownSessions = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = applicationName }.ConnectionString;
        return new WorkerProcess(HostProcess.Start("Waardering.Worker.dll", WorkerArgs.For(ownSessions, smtpPort, extra)), applicationName);
    }

    /// <summary>
    /// Stops the process where it stands (SIGSTOP), its SMTP and database connections open, and
    /// waits until PostgreSQL runs no statement of it: from then on the outbox does not change.
    /// </summary>
    public async Task FreezeAsync(NpgsqlDataSource dataSource)
    {
        await _process.SignalAsync("STOP");
        // Twice in a row 100 ms apart: a statement sent just before the stop has been taken up by then.
        for (var idle = 0; idle < 2; await Task.Delay(100))
        {
            idle = await SessionsAsync(dataSource, "state = 'active'") == 0 ? idle + 1 : 0;
        }
    }

    public Task ThawAsync() => _process.SignalAsync("CONT");

    /// <inheritdoc cref="HostProcess.TerminateAsync"/>
    public Task<int> TerminateAsync(TimeSpan timeout) => _process.TerminateAsync(timeout);

    /// <summary>SIGKILL, then waits until PostgreSQL has ended every session of the process.</summary>
    public async Task KillAsync(NpgsqlDataSource dataSource)
    {
        await _process.KillAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (await SessionsAsync(dataSource, "true") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "PostgreSQL kept the killed Worker's sessions for 10 s");
            await Task.Delay(50);
        }
    }

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private async Task<int> SessionsAsync(NpgsqlDataSource dataSource, string condition)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>(
            $"select count(*)::int from pg_stat_activity where application_name = @name and {condition}", new { name = _applicationName });
    }
}
