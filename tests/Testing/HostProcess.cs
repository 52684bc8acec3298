using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Waardering.Testing;

/// <summary>
/// A host of the service (Web or Worker) in a process of its own, started from its assembly in the
/// test's output folder as it runs in production, and signalled as an orchestrator or a crash
/// signals it: SIGTERM, SIGSTOP and SIGCONT, SIGKILL.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private HostProcess(Process process)
    {
        _process = process;
    }

    /// <summary>What the process wrote to standard output so far, line by line: its log.</summary>
    public IReadOnlyList<string> Output => [.. _output];

    public bool HasExited => _process.HasExited;

    /// <param name="assembly">The host's assembly in the test's output folder, e.g. <c>Waardering.Web.dll</c>.</param>
    /// <param name="args">Its command line: settings such as <c>--Mail:BatchSize=25</c>.</param>
    /// <param name="environment">Variables besides the test process's own, e.g. <c>ASPNETCORE_ENVIRONMENT</c>.</param>
    public static HostProcess Start(string assembly, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var host = new HostProcess(Process.Start(info)!);
        // Drain the logs so a full pipe never blocks the host; standard output is kept.
        host._process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                host._output.Enqueue(line.Data);
            }
        };
        host._process.ErrorDataReceived += (_, _) => { };
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Sends a signal by its name (<c>TERM</c>, <c>STOP</c>, <c>CONT</c>) with kill(1).</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {_process.Id} failed with {kill.ExitCode}.");
        }
    }

    /// <summary>
    /// SIGTERM, as an orchestrator stops a container, then SIGCONT (a frozen process takes the
    /// signal when it goes on); answers the exit code once the process has ended by itself.
    /// </summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        await SignalAsync("TERM");
        await SignalAsync("CONT");
        return await ExitCodeAsync(timeout);
    }

    /// <summary>The exit code once the process has ended by itself; a <see cref="TimeoutException"/> if it runs on past <paramref name="timeout"/>.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The process still ran {timeout.TotalSeconds} s later.");
        }

        return _process.ExitCode;
    }

    /// <summary>SIGKILL, as a crash ends it, and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        // Also when a test fails: a host left running would outlive the test run.
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }
}
