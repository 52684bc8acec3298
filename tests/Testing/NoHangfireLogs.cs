using Hangfire.Logging;

namespace Waardering.Testing;

/// <summary>
/// Hangfire keeps one log provider for the whole process. Tests start and stop many hosts in one
/// process; a provider bound to a stopped host's logger factory would break the others. Tests
/// therefore give Hangfire this provider, which writes nothing.
/// </summary>
public sealed class NoHangfireLogs : ILogProvider, ILog
{
    public ILog GetLogger(string name) => this;

    public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
}
