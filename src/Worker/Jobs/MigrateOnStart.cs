using Microsoft.Extensions.Hosting;
using Waardering.Data.Migrations;

namespace Waardering.Worker.Jobs;

/// <summary>Applies the migrations at start-up; the runner's advisory lock lets Web and Workers start together.</summary>
public sealed class MigrateOnStart(MigrationRunner runner) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => runner.ApplyAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
