using Hangfire;
using Microsoft.Extensions.Hosting;
using Waardering.Data.Jobs;
using Waardering.Data.Outbox;
using Waardering.Testing;
using Waardering.Worker.Tests.Infrastructure;
using Waardering.Worker.Tests.Outbox;

namespace Waardering.Worker.Tests.Telemetry;

/// <summary>
/// The Worker pushes its metrics and traces to the OTLP endpoint it is given: a job's duration,
/// its span, and the mail the SMTP server refused, without the address it was refused for.
/// </summary>
public sealed class WorkerOtlpExportTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly OtlpReceiver _collector = new();
    private readonly FakeSmtpServer _smtp = new(line => line.StartsWith("RCPT", StringComparison.OrdinalIgnoreCase)
        ? $"550 5.1.1 {line[8..]}: Recipient address rejected" : null);

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        _smtp.Dispose();
        _collector.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Worker_WithAnOtlpEndpoint_PushesJobDurationSpanAndRefusedMail()
    {
        var address = OutboxRows.NewAddress();
        var id = await new OutboxRows(_database.DataSource).AddAsync(address);
        using (var worker = WorkerHost.Build(WorkerArgs.For(_database.ConnectionString, _smtp.Port,
                   $"--Telemetry:Otlp:Endpoint={_collector.Endpoint}", "--OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf"),
                   NoHangfireLogs.Register))
        {
            await worker.StartAsync();
            new BackgroundJobClient(HangfireStorageSetup.CreateStorage(_database.ConnectionString))
                .Enqueue<IOutboxDispatcher>(d => d.DispatchDueAsync(CancellationToken.None));
            await WaitUntilAsync(async () => (await new OutboxRows(_database.DataSource).GetAsync(id)).Status == "failed");
            // Stopping flushes what the exporters hold, as a Worker does when it is stopped.
            await worker.StopAsync();
        }

        var metrics = _collector.Received("/v1/metrics");
        Assert.Contains("waardering.job.duration", metrics);
        Assert.Contains("IOutboxDispatcher.DispatchDueAsync", metrics);
        Assert.Contains("waardering.mail.failures", metrics);
        Assert.Contains("waardering-worker", metrics);
        var traces = _collector.Received("/v1/traces");
        Assert.Contains("job IOutboxDispatcher.DispatchDueAsync", traces);
        Assert.DoesNotContain(address, metrics + traces);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "the job did not finish within 20 s");
            await Task.Delay(100);
        }
    }
}
