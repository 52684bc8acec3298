using System.Runtime.CompilerServices;
using Hangfire.Common;
using Hangfire.Logging;
using Microsoft.Extensions.DependencyInjection;

namespace Waardering.Testing;

/// <summary>
/// Hangfire keeps one log provider for the whole process. Tests start and stop many hosts in one
/// process; a provider bound to a stopped host's logger factory would break the others. Test hosts
/// therefore register this provider, which writes nothing.
/// </summary>
public sealed class NoHangfireLogs : ILogProvider, ILog
{
    public ILog GetLogger(string name) => this;

    public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;

    /// <summary>Gives a host this provider: <c>WorkerHost.Build(args, NoHangfireLogs.Register)</c>.</summary>
    public static void Register(IServiceCollection services) => services.AddSingleton<ILogProvider>(new NoHangfireLogs());

    /// <summary>
    /// Hangfire's global job filters take a logger once, in a static constructor, from whatever
    /// provider is current at that moment. If that provider's host is already disposed the
    /// constructor throws and every later host in the process fails to start. Running it here,
    /// before any test starts a host, gives it this provider, which is never disposed.
    /// </summary>
    // Test support, not a library for others: every test assembly that loads this one wants it.
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void InitializeHangfireStatics()
    {
        LogProvider.SetCurrentLogProvider(new NoHangfireLogs());
        _ = JobFilterProviders.Providers;
    }
}
