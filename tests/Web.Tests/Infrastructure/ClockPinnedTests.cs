using NodaTime.Testing;

namespace Waardering.Web.Tests.Infrastructure;

/// <summary>
/// Base of the test classes that move the fixture's clock. Every test starts at
/// <see cref="WebAppFixture.Start"/> and leaves the clock there, whatever the order the tests
/// of a class run in and whether a test failed halfway.
/// </summary>
public abstract class ClockPinnedTests(FakeClock clock) : IAsyncLifetime
{
    protected FakeClock Clock => clock;

    public virtual Task InitializeAsync()
    {
        clock.Reset(WebAppFixture.Start);
        return Task.CompletedTask;
    }

    public virtual Task DisposeAsync()
    {
        clock.Reset(WebAppFixture.Start);
        return Task.CompletedTask;
    }
}
