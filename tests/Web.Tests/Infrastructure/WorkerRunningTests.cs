using Microsoft.Extensions.Hosting;
using Waardering.Testing;
using Waardering.Worker;

namespace Waardering.Web.Tests.Infrastructure;

/// <summary>
/// Base of the test classes that need the Worker host running on their fixture's database, so the
/// jobs the Web enqueues run as in production (Web and Worker share only the database).
/// </summary>
public abstract class WorkerRunningTests(WebAppFixture fixture) : IAsyncLifetime
{
    private IHost? _worker;

    public virtual async Task InitializeAsync()
    {
        _worker = WorkerHost.Build(WorkerArgs.For(fixture.Database.ConnectionString, TestEnvironment.SmtpPort), NoHangfireLogs.Register);
        await _worker.StartAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (_worker is not null)
        {
            await _worker.StopAsync();
            _worker.Dispose();
        }
    }
}
