using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Waardering.Web.Tests.Privacy;

/// <summary>Every log line the host writes, at every level, with its scopes, state and exception as text.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => logs._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            logs._scopes.ForEachScope((scope, list) => list.Add(Describe(scope)), scopes);
            logs._lines.Enqueue($"{category} {logLevel} {formatter(state, exception)} | {Describe(state)} | {string.Join(" / ", scopes)} | {exception}");
        }

        private static string Describe(object? value) => value is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}"))
            : $"{value}";
    }
}

/// <summary>The Web host logging everything, at Trace, into <see cref="Logs"/>.</summary>
public sealed class CapturedLogsFixture : Infrastructure.WebAppFixture
{
    public CapturedLogs Logs { get; } = new();

    protected override void Configure(IWebHostBuilder web)
    {
        web.UseSetting("Logging:LogLevel:Default", "Trace");
        web.UseSetting("Logging:LogLevel:Microsoft", "Trace");
        web.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Trace");
        web.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
