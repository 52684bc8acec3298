using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Waardering.Web.RateLimits;

/// <summary>
/// Counts anonymous requests per recipient. The keys are keyed hashes (of the BSN, and of name,
/// birth date and address), never the BSN itself, so nothing a limiter might log reveals who.
/// </summary>
public sealed class RecipientRateLimiter(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PerRecipientPermitLimit,
            Window = TimeSpan.FromSeconds(options.Value.PerRecipientWindowSeconds),
            QueueLimit = 0,
        }));

    /// <summary>Takes one permit for each of the recipient's keys; null when all are left, else how long to wait.</summary>
    public TimeSpan? TryAcquire(params IEnumerable<byte[]?> keyedHashes)
    {
        foreach (var hash in keyedHashes.OfType<byte[]>())
        {
            using var lease = _limiter.AttemptAcquire(Convert.ToHexString(hash));
            if (!lease.IsAcquired)
            {
                return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? retryAfter
                    : TimeSpan.FromSeconds(options.Value.PerRecipientWindowSeconds);
            }
        }

        return null;
    }

    public void Dispose() => _limiter.Dispose();
}
