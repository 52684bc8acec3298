using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Testing;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Operations;

/// <summary>
/// Web stopped with SIGTERM, as an orchestrator stops a container, while citizens' requests are
/// in flight: they wait on a lock the test holds on the requests table, so they are still running
/// when the signal comes. Readiness turns 503 while Web drains, then Web takes no new connection,
/// finishes the requests in flight with their normal answers and ends with exit code 0; what
/// outlasts the shutdown timeout is cut off.
/// </summary>
public sealed class WebStoppedTests : IAsyncLifetime
{
    private const int InFlight = 4;
    private const int TimeoutSeconds = 30;
    private const string Municipality = "GM0100";
    private readonly TestDatabase _database = new();
    private WebProcess? _web;
    private NpgsqlConnection? _blocker;

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        if (_blocker is not null)
        {
            await _blocker.DisposeAsync();
        }

        if (_web is not null)
        {
            await _web.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Web_StoppedWithSigtermWithIntakesInFlight_AnswersThem_TakesNoNewConnection_AndExitsWithZero()
    {
        var (web, holding, submissions) = await StartWithRequestsInFlightAsync("--Shutdown:DrainSeconds=2", $"--Shutdown:TimeoutSeconds={TimeoutSeconds}");

        var stopping = Stopwatch.StartNew();
        await web.Process.SignalAsync("TERM");
        var seen = await ReadinessUntilRefusedAsync(web);

        // Drained (503 to a load balancer), then closed, all while the requests were still waiting.
        Assert.Contains(HttpStatusCode.ServiceUnavailable, seen);
        Assert.DoesNotContain(HttpStatusCode.OK, seen.SkipWhile(s => s != HttpStatusCode.ServiceUnavailable));
        Assert.All(submissions, s => Assert.False(s.IsCompleted, "a request ended before the lock was released"));
        Assert.False(web.Process.HasExited);

        await holding.RollbackAsync();
        var answers = await Task.WhenAll(submissions);
        var exitCode = await web.Process.ExitCodeAsync(TimeSpan.FromSeconds(TimeoutSeconds));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        Assert.Equal(0, exitCode);
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(TimeoutSeconds), $"Web took {stopping.Elapsed} to stop");
        var ids = new List<Guid>();
        foreach (var answer in answers)
        {
            ids.Add((Guid)(await answer.ReadJsonAsync())["id"]!);
        }

        var stored = await StoredAsync();
        Assert.Equal(InFlight + 1, stored.Count);
        Assert.All(ids, id => Assert.Single(stored, id));
    }

    [Fact]
    public async Task Web_StoppedWithSigterm_CutsOffWhatOutlastsTheTimeout_AndStoresNothingOfIt()
    {
        var (web, holding, submissions) = await StartWithRequestsInFlightAsync("--Shutdown:TimeoutSeconds=3");

        var stopping = Stopwatch.StartNew();
        await web.Process.SignalAsync("TERM");
        var exitCode = await web.Process.ExitCodeAsync(TimeSpan.FromSeconds(TimeoutSeconds));
        var stopped = stopping.Elapsed;
        await holding.RollbackAsync();

        // Ended by the timeout, not by the requests: they waited on, and got no answer.
        Assert.Equal(0, exitCode);
        Assert.InRange(stopped, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(TimeoutSeconds));
        foreach (var submission in submissions)
        {
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => submission);
        }

        // Their transactions ended with the process: nothing half stored, and a citizen's retry is safe.
        Assert.Single(await StoredAsync());
    }

    /// <summary>
    /// Web in a process with these settings, a scheme open today and one request stored, then
    /// <see cref="InFlight"/> requests that wait on a lock this test holds on the requests table.
    /// </summary>
    private async Task<(WebProcess Web, NpgsqlTransaction Holding, List<Task<HttpResponseMessage>> Submissions)> StartWithRequestsInFlightAsync(
        params string[] settings)
    {
        var web = _web = await WebProcess.StartAsync(_database.ConnectionString, settings);
        var client = web.Client();
        var year = SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Amsterdam"]).Year;
        await OpenSchemeAsync(client, year);
        Assert.Equal(HttpStatusCode.Created, (await SubmitAsync(client, year)).StatusCode); // the first request's start-up cost, not under the lock

        var blocker = _blocker = await _database.DataSource.OpenConnectionAsync();
        var holding = await blocker.BeginTransactionAsync();
        await blocker.ExecuteAsync("lock table requests in exclusive mode", transaction: holding);
        var submissions = Enumerable.Range(0, InFlight).Select(_ => SubmitAsync(client, year)).ToList();
        await WaitUntilAsync(async () => await web.WaitingOnLocksAsync(_database.DataSource) == InFlight, "every request waits on the lock");
        return (web, holding, submissions);
    }

    private async Task<List<Guid>> StoredAsync()
    {
        await using var connection = await _database.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<Guid>("select id from requests")).ToList(); // the database is this test's own
    }

    /// <summary>Asks <c>/health/ready</c> over a new connection every 50 ms until none is taken; answers what it saw.</summary>
    private static async Task<List<HttpStatusCode>> ReadinessUntilRefusedAsync(WebProcess web)
    {
        var seen = new List<HttpStatusCode>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(TimeoutSeconds);
        while (await web.ReadyOnANewConnectionAsync() is { } status)
        {
            seen.Add(status);
            Assert.True(DateTime.UtcNow < deadline, $"Web still took new connections {TimeoutSeconds} s after SIGTERM: {string.Join(", ", seen)}");
            await Task.Delay(50);
        }

        return seen;
    }

    private static async Task OpenSchemeAsync(HttpClient client, int year)
    {
        var scheme = Bodies.Scheme(year);
        scheme["opensOn"] = $"{year}-01-01";
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/schemes/{Municipality}/{year}") { Content = JsonContent.Create(scheme) };
        put.Headers.Authorization = new AuthenticationHeaderValue("Bearer", WebAppFixture.Token("admin", "beheerder", [Municipality]));
        var answer = await client.SendAsync(put);
        Assert.True(answer.IsSuccessStatusCode, $"the scheme: {answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
    }

    /// <summary>A request as a citizen sends it: with a BSN and an Idempotency-Key.</summary>
    private static Task<HttpResponseMessage> SubmitAsync(HttpClient client, int year)
    {
        var post = new HttpRequestMessage(HttpMethod.Post, "/api/requests") { Content = JsonContent.Create(Bodies.Request(Municipality, year)) };
        post.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        return client.SendAsync(post);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not within 30 s: {what}.");
            await Task.Delay(50);
        }
    }
}
