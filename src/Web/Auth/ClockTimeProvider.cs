using NodaTime;

namespace Waardering.Web.Auth;

/// <summary>
/// The injected <see cref="IClock"/> as a <see cref="TimeProvider"/>, for the framework's own clocks:
/// the citizens' session cookie measures its idle limit by it, as the absolute limit is measured.
/// </summary>
public sealed class ClockTimeProvider(IClock clock) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => clock.GetCurrentInstant().ToDateTimeOffset();
}
