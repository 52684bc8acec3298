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
            // The one place the machine's clock enters the service (src/BannedSymbols.txt bans it elsewhere).
#pragma warning disable RS0030
            services.AddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030
        }

        return services;
    }

    private sealed class PinnedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
