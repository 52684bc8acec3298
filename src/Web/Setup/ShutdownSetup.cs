namespace Waardering.Web.Setup;

/// <summary>
/// How Web stops when asked (SIGTERM from an orchestrator, Ctrl+C): <c>/health/ready</c> answers
/// 503 from the first moment, for <c>Shutdown:DrainSeconds</c> Web still takes requests while a
/// load balancer sees that and sends no more, then it takes no new connection and finishes the
/// requests in flight; whatever still runs after <c>Shutdown:TimeoutSeconds</c> (the drain
/// included) is cut off.
/// </summary>
public static class ShutdownSetup
{
    public const string Section = "Shutdown";

    /// <summary>
    /// 20 s: far beyond Web's slowest request (a payout batch of 10^5 awards, built in under 3 s
    /// in bench/payouts.sh; an intake well under one), and inside the 30 s Kubernetes waits after
    /// SIGTERM before it kills (terminationGracePeriodSeconds), so Web ends by itself.
    /// </summary>
    public const int DefaultTimeoutSeconds = 20;

    /// <summary>
    /// None by default: without a load balancer that reads <c>/health/ready</c> there is nobody to
    /// wait for. Behind one, its probe interval times the failures it needs, e.g. 5 s.
    /// </summary>
    public const int DefaultDrainSeconds = 0;

    public static IServiceCollection AddWaarderingShutdown(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(section.GetValue("TimeoutSeconds", DefaultTimeoutSeconds)));
        services.AddHostedService(sp => new Drain(
            sp.GetRequiredService<IHostApplicationLifetime>(), TimeSpan.FromSeconds(section.GetValue("DrainSeconds", DefaultDrainSeconds))));
        return services;
    }

    /// <summary>
    /// Waits the drain when the host begins to stop, before any service stops (Kestrel first). A
    /// signal has raised <c>ApplicationStopping</c> by then, a host stopped from code not yet: it is
    /// raised here, so readiness is 503 during the drain either way.
    /// </summary>
    private sealed class Drain(IHostApplicationLifetime lifetime, TimeSpan delay) : IHostedLifecycleService
    {
        public async Task StoppingAsync(CancellationToken cancellationToken)
        {
            lifetime.StopApplication();
            if (delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(delay, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // The shutdown timeout ended the drain: stopping goes on.
                }
            }
        }

        public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
