using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
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
/// PostgreSQL goes down for three seconds while requests pour in, each with an Idempotency-Key of
/// its own: every request answered 201 wrote all that an intake writes, every other answer is a
/// 503 with problem details (never a 500) that wrote nothing, except where the server committed
/// and went down before its answer reached Web (at most one per client in flight at the stop),
/// intake recovers by itself within ten seconds of the database being back, and each 503 sent
/// again with its key stores exactly one request: that stored one, or a new one.
/// </summary>
[Collection(DatabaseRestartCollection.Name)]
public sealed class DatabaseRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Clients = 16;
    private readonly WebAppFixture _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    private sealed record Answer(IntakeAttempt Attempt, TimeSpan At, HttpStatusCode Status, string? MediaType, string Body);

    [Fact]
    public async Task PostgresRestartDuringIntake_201WroteAllOfIt_RetryOfEach503WithItsKeyStoresOne()
    {
        var municipality = await _app.CreateSchemeAsync();
        var perIntake = await IntakeAttempt.RowsOfOneAsync(_app, municipality);
        var before = await _app.WrittenRowsAsync(municipality);
        var serverStarted = await ServerStartedAsync();

        var all = await LoadDuringRestartAsync(municipality);

        _app.Database.DataSource.Clear(); // the test's own idle connections died with the server
        Assert.True(await ServerStartedAsync() > serverStarted, "PostgreSQL was not restarted during the load");
        Assert.All(all, a => Assert.True(a.Status is HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable, $"{(int)a.Status}: {a.Body}"));
        var created = all.Where(a => a.Status == HttpStatusCode.Created).ToList();
        var refused = all.Where(a => a.Status == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(refused); // the outage was seen
        Assert.All(refused, a => Assert.Equal("application/problem+json", a.MediaType));

        // Every 201 is stored under its own key, no 503 at all; and the tables grew by exactly the 201s' intakes.
        var stored = await IntakeAttempt.StoredAsync(_app, all.Select(a => a.Attempt));
        Assert.Empty(NotStoredOnce(created, stored));
        // A 503 stored all of an intake only when its commit's answer was lost with the server:
        // one request per client at most, the one in flight when the server stopped.
        var committedUnanswered = refused.Count(a => stored[a.Attempt.Key].Any());
        Assert.InRange(committedUnanswered, 0, Clients);
        Assert.Equal(IntakeAttempt.Times(perIntake, created.Count + committedUnanswered), (await _app.WrittenRowsAsync(municipality)).RowsSince(before));

        var retried = await RetryAsync(refused.Select(a => a.Attempt));
        Assert.Empty(retried.Where(r => r.Status != HttpStatusCode.Created).Select(r => $"retry {r.Attempt.Key}: {(int)r.Status} {r.Body}"));
        stored = await IntakeAttempt.StoredAsync(_app, all.Select(a => a.Attempt));
        Assert.Empty(NotStoredOnce(retried, stored));
        Assert.Equal(IntakeAttempt.Times(perIntake, all.Count), (await _app.WrittenRowsAsync(municipality)).RowsSince(before));
    }

    /// <summary>The 201s whose request is not stored exactly once, under the id the answer gave.</summary>
    private static IEnumerable<string> NotStoredOnce(IEnumerable<Answer> created, ILookup<string, Guid> stored) =>
        created.Where(a => !stored[a.Attempt.Key].SequenceEqual([IdOf(a.Body)]))
            .Select(a => $"answered 201 as {IdOf(a.Body)}, stored as [{string.Join(", ", stored[a.Attempt.Key])}]: {a.Attempt.Key}");

    /// <summary>Sixteen clients send intakes; the cluster stops after two seconds and starts three seconds later.</summary>
    private async Task<List<Answer>> LoadDuringRestartAsync(string municipality)
    {
        var clock = Stopwatch.StartNew();
        var answers = new ConcurrentQueue<Answer>();
        using var stop = new CancellationTokenSource();
        var clients = Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            using var client = _app.Anonymous();
            while (!stop.IsCancellationRequested)
            {
                var attempt = IntakeAttempt.New(municipality);
                var answer = await SendAsync(client, attempt, clock);
                answers.Enqueue(answer);
                if (answer.Status != HttpStatusCode.Created)
                {
                    await Task.Delay(100); // a client that backs off, so the outage yields hundreds of 503s, not thousands
                }
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
        Assert.True(firstAfter - startedAt <= TimeSpan.FromSeconds(10), "intake did not recover within 10 s");
        return all;
    }

    /// <summary>Sends each attempt again, with its own key and body, eight at a time.</summary>
    private async Task<List<Answer>> RetryAsync(IEnumerable<IntakeAttempt> attempts)
    {
        var clock = Stopwatch.StartNew();
        var answers = new ConcurrentQueue<Answer>();
        using var client = _app.Anonymous();
        await Parallel.ForEachAsync(attempts, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (attempt, _) => answers.Enqueue(await SendAsync(client, attempt, clock)));
        return answers.ToList();
    }

    private static async Task<Answer> SendAsync(HttpClient client, IntakeAttempt attempt, Stopwatch clock)
    {
        using var response = await client.SendAsync(attempt.Message());
        return new Answer(attempt, clock.Elapsed, response.StatusCode, response.Content.Headers.ContentType?.MediaType,
            await response.Content.ReadAsStringAsync());
    }

    private static Guid IdOf(string body) => Guid.Parse((string)JsonNode.Parse(body)!["id"]!);

    /// <summary>When the PostgreSQL server started, in seconds since 1970.</summary>
    private async Task<double> ServerStartedAsync()
    {
        await using var connection = await _app.Database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<double>("select extract(epoch from pg_postmaster_start_time())::float8");
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
