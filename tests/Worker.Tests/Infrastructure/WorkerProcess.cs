using System.Diagnostics;
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
    private readonly Process _process;
    private readonly string _applicationName;

    private WorkerProcess(Process process, string applicationName)
    {
        _process = process;
        _applicationName = applicationName;
    }

    /// <summary>What the process wrote to standard output so far, line by line: its log.</summary>
    public IReadOnlyList<string> Output => [.. _output];

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();

    /// <param name="extra">More settings, e.g. <c>--Mail:BatchSize=25</c>.</param>
    public static WorkerProcess Start(string connectionString, int smtpPort, params string[] extra)
    {
        var applicationName = $"worker-{Guid.NewGuid():N}";
        var ownSessions = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = applicationName }.ConnectionString;
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Waardering.Worker.dll"));
        foreach (var arg in WorkerArgs.For(ownSessions, smtpPort, extra))
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        var worker = new WorkerProcess(process, applicationName);
        // Drain the logs so a full pipe never blocks the Worker; standard output is kept.
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                worker._output.Enqueue(line.Data);
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>
    /// Stops the process where it stands (SIGSTOP), its SMTP and database connections open, and
    /// waits until PostgreSQL runs no statement of it: from then on the outbox does not change.
    /// </summary>
    public async Task FreezeAsync(NpgsqlDataSource dataSource)
    {
        await SignalAsync("STOP");
        // Twice in a row 100 ms apart: a statement sent just before the stop has been taken up by then.
        for (var idle = 0; idle < 2; await Task.Delay(100))
        {
            idle = await SessionsAsync(dataSource, "state = 'active'") == 0 ? idle + 1 : 0;
        }
    }

    public Task ThawAsync() => SignalAsync("CONT");

    /// <summary>
    /// SIGTERM, as an orchestrator stops a container, then SIGCONT (a frozen process takes the
    /// signal when it goes on); answers the exit code once the process has ended by itself.
    /// </summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        await SignalAsync("TERM");
        await SignalAsync("CONT");
        using var waiting = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(waiting.Token);
        return _process.ExitCode;
    }

    /// <summary>SIGKILL, then waits until PostgreSQL has ended every session of the process.</summary>
    public async Task KillAsync(NpgsqlDataSource dataSource)
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (await SessionsAsync(dataSource, "true") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "PostgreSQL kept the killed Worker's sessions for 10 s");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Also when a test fails: a Worker left running would outlive the test run.
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task<int> SessionsAsync(NpgsqlDataSource dataSource, string condition)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>(
            $"select count(*)::int from pg_stat_activity where application_name = @name and {condition}", new { name = _applicationName });
    }

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }
}
