using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Dapper;
using Waardering.Testing;
using Waardering.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Waardering.Web.Tests.Faults;

/// <summary>Stops the tests' one PostgreSQL cluster, so it runs alone, after every other test of this project.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DatabaseRestartCollection
{
    public const string Name = "PostgreSQL restart";
}

/// <summary>
/// PostgreSQL goes down for three seconds while requests pour in: every request answered 201 is
/// stored, every other answer is a 503 with problem details (never a 500), and intake recovers
/// by itself within ten seconds of the database being back.
/// </summary>
[Collection(DatabaseRestartCollection.Name)]
public sealed class DatabaseRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly WebAppFixture _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    private sealed record Answer(TimeSpan At, HttpStatusCode Status, string? MediaType, string Body);

    [Fact]
    public async Task PostgresRestartDuringIntake_Answered201IsStored_OthersAre503_RecoversWithin10Seconds()
    {
        var municipality = await _app.CreateSchemeAsync();
        var clock = Stopwatch.StartNew();
        var answers = new ConcurrentQueue<Answer>();
        using var stop = new CancellationTokenSource();
        var clients = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            using var client = _app.Anonymous();
            while (!stop.IsCancellationRequested)
            {
                using var response = await client.PostAsJsonAsync("/api/requests", Bodies.Request(municipality));
                answers.Enqueue(new Answer(clock.Elapsed, response.StatusCode, response.Content.Headers.ContentType?.MediaType,
                    await response.Content.ReadAsStringAsync()));
            }
        })).ToList();

        await Task.Delay(TimeSpan.FromSeconds(2));
        await ControlAsync("stop");
        var stoppedAt = clock.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(3));
        await ControlAsync("start");
        var startedAt = clock.Elapsed;
        var deadline = startedAt + TimeSpan.FromSeconds(10);
        while (clock.Elapsed < deadline && !answers.Any(a => a.At > startedAt && a.Status == HttpStatusCode.Created))
        {
            await Task.Delay(50);
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        await stop.CancelAsync();
        await Task.WhenAll(clients);

        var all = answers.ToList();
        var firstAfter = all.Where(a => a.At > startedAt && a.Status == HttpStatusCode.Created).Select(a => a.At).DefaultIfEmpty(TimeSpan.MaxValue).Min();
        output.WriteLine($"{all.Count} answers: {string.Join(", ", all.GroupBy(a => a.Status).Select(g => $"{(int)g.Key} × {g.Count()}"))}; " +
            $"down at {stoppedAt.TotalSeconds:F1} s, up at {startedAt.TotalSeconds:F1} s, first 201 after {(firstAfter - startedAt).TotalSeconds:F2} s");
        Assert.All(all, a => Assert.True(a.Status is HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable, $"{(int)a.Status}: {a.Body}"));
        Assert.Contains(all, a => a.Status == HttpStatusCode.ServiceUnavailable); // the outage was seen
        Assert.All(all.Where(a => a.Status == HttpStatusCode.ServiceUnavailable), a => Assert.Equal("application/problem+json", a.MediaType));
        Assert.True(firstAfter - startedAt <= TimeSpan.FromSeconds(10), "intake did not recover within 10 s");

        var created = all.Where(a => a.Status == HttpStatusCode.Created)
            .Select(a => Guid.Parse((string)System.Text.Json.Nodes.JsonNode.Parse(a.Body)!["id"]!)).ToArray();
        _app.Database.DataSource.Clear(); // the test's own idle connections died with the server
        await using var connection = await _app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal(created.Length, await connection.QuerySingleAsync<int>("select count(*)::int from requests where id = any(@created)", new { created }));
    }

    private static async Task ControlAsync(string command)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", [TestEnvironment.PostgresControl, command])
        {
            RedirectStandardError = true,
        })!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pg-control {command} failed: {error}");
    }
}
