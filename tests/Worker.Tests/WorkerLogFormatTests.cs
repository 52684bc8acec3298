using System.Globalization;
using System.Text.Json;
using Waardering.Testing;
using Waardering.Worker.Tests.Infrastructure;

namespace Waardering.Worker.Tests;

/// <summary>The Worker as it runs in production logs one JSON object per line, stamped in UTC.</summary>
public sealed class WorkerLogFormatTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task WorkerProcess_OutsideDevelopment_WritesEachLogEventAsOneJsonLine_InUtc()
    {
        await using var worker = WorkerProcess.Start(_database.ConnectionString, TestEnvironment.SmtpPort);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!worker.Output.Any(l => l.Contains("Application started", StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"The Worker did not start; it wrote: {string.Join('\n', worker.Output)}");
            await Task.Delay(100);
        }

        Assert.Equal(0, await worker.TerminateAsync(TimeSpan.FromSeconds(30)));

        Assert.Contains(worker.Output, l => l.Contains("Application is shutting down", StringComparison.Ordinal));
        Assert.All(worker.Output, line =>
        {
            using var json = JsonDocument.Parse(line);
            var timestamp = json.RootElement.GetProperty("Timestamp").GetString()!;
            Assert.EndsWith("Z", timestamp);
            Assert.True(DateTime.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out _), timestamp);
            Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("Category").GetString()));
            Assert.False(json.RootElement.TryGetProperty("Scopes", out _));
        });
    }
}
