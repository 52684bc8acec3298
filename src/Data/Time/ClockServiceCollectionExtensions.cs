using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using NodaTime.Text;

namespace Waardering.Data.Time;

public static class ClockServiceCollectionExtensions
{
    /// <summary>
    /// The system clock; in Development the setting <c>Clock:Now</c> (an ISO instant) pins it,
    /// so that a window or an age can be tried on any date.
    /// </summary>
    public static IServiceCollection AddWaarderingClock(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var pinned = configuration["Clock:Now"];
        if (environment.IsDevelopment() && !string.IsNullOrWhiteSpace(pinned))
        {
            var parsed = InstantPattern.ExtendedIso.Parse(pinned);
            if (!parsed.Success)
            {
                throw new InvalidOperationException($"Clock:Now is not an ISO instant: '{pinned}'.");
            }

            services.AddSingleton<IClock>(new PinnedClock(parsed.Value));
        }
        else
        {
            services.AddSingleton<IClock>(SystemClock.Instance);
        }

        return services;
    }

    private sealed class PinnedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
