using System.Threading.Channels;
using Hangfire;
using Waardering.Data.Budget;

namespace Waardering.Web.Jobs;

/// <summary>
/// Asks the Worker to recompute a scheme's amount as its volume grows, off the request's thread:
/// Hangfire's client enqueues synchronously, and the one request in a hundred that did so on its
/// own thread made the intake's p99 (`bench/RESULTS.md`). A full queue drops the ask; the
/// Worker's own schedule recomputes every open scheme anyway.
/// </summary>
public sealed class RecomputeTrigger(IServiceProvider services, ILogger<RecomputeTrigger> logger) : BackgroundService
{
    private readonly Channel<long> _schemes = Channel.CreateBounded<long>(
        new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Ask(long schemeId) => _schemes.Writer.TryWrite(schemeId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var schemeId in _schemes.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                // Resolved here, not in the constructor, so that a broken Hangfire set-up never fails an intake.
                services.GetRequiredService<IBackgroundJobClient>().Enqueue<IAmountRecomputer>(
                    r => r.RecomputeAsync(schemeId, RecomputeReasons.Volume, CancellationToken.None));
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Could not enqueue the recompute of scheme {SchemeId}; the Worker's schedule will catch up", schemeId);
            }
        }
    }
}
