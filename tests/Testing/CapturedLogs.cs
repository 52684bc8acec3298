using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using HangfireLog = Hangfire.Logging;

namespace Waardering.Testing;

/// <summary>
/// Every log event of the hosts it is given to, as text: the category, the formatted message, each
/// value of the event's state and the exception with its inner ones. That is more than the JSON
/// console writes (it writes no scopes, and neither does this), so a value not found here is in
/// no log line. Also Hangfire's own log (Information and up, as configured), which bypasses
/// Microsoft.Extensions.Logging.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, HangfireLog.ILogProvider
{
    private readonly ConcurrentQueue<string> _events = new();
    private volatile bool _stopped;

    public IReadOnlyList<string> Events => [.. _events];

    /// <summary>Hangfire keeps its log provider for the whole process: after the test, this one records nothing more.</summary>
    public void Stop() => _stopped = true;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public HangfireLog.ILog GetLogger(string name) => new HangfireLogger(name, this);

    public void Dispose()
    {
    }

    private void Add(string category, string level, string message, IEnumerable<string> values, Exception? exception)
    {
        if (!_stopped)
        {
            _events.Enqueue($"{level} {category}: {message} | {string.Join(" | ", values)} | {exception}");
        }
    }

    private sealed class Logger(string category, CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? pairs.Select(p => $"{p.Key}={p.Value}") : [];
            logs.Add(category, logLevel.ToString(), formatter(state, exception), values, exception);
        }
    }

    private sealed class HangfireLogger(string name, CapturedLogs logs) : HangfireLog.ILog
    {
        public bool Log(HangfireLog.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            if (logLevel < HangfireLog.LogLevel.Info)
            {
                return false;
            }

            if (messageFunc is not null)
            {
                logs.Add(name, logLevel.ToString(), messageFunc(), [], exception);
            }

            return true;
        }
    }
}
