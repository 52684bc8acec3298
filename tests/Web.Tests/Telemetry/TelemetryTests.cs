using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Waardering.Data.Database;
using Waardering.Data.Telemetry;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Telemetry;

/// <summary>What a Prometheus beside the service scrapes, and what a collector's traces carry.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests(TelemetryFixture app) : IClassFixture<TelemetryFixture>
{
    private const string IntakeCount = "waardering_intake_duration_seconds_count";

    [Fact]
    public async Task Metrics_FromLoopbackAfterAnIntake_CountTheIntakeAndTheRequestsPerRoute()
    {
        var municipality = await app.CreateSchemeAsync();
        var before = Scrape.Sum(await Scrape.MetricsAsync(app), IntakeCount, "outcome=\"stored\"", "channel=\"web\"");

        var submitted = await app.Anonymous().PostAsJsonAsync("/api/requests", Bodies.Request(municipality));

        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var after = await Scrape.MetricsAsync(app);
        Assert.True(Scrape.Sum(after, IntakeCount, "outcome=\"stored\"", "channel=\"web\"") > before,
            "the intake is not counted: " + string.Join("\n", after.Split('\n').Where(l => l.StartsWith("waardering", StringComparison.Ordinal))));
        Assert.True(Scrape.Sum(after, "http_server_request_duration_seconds_count", "http_route=\"/api/requests/\"", "http_response_status_code=\"201\"") >= 1,
            "no request per route: " + string.Join("\n", after.Split('\n').Where(l => l.StartsWith("http_server_request_duration_seconds_count", StringComparison.Ordinal))));
        Assert.Contains("db_client_operation_duration_seconds", after);
        // Npgsql labels each pool with its data source's name; without one, with the connection
        // string. This process's own test connections (a database of every test class) are not Web's.
        var pools = Regex.Matches(after, "pool_name=\"([^\"]*)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Contains(DataServiceCollectionExtensions.DataSourceName, pools);
        var database = new NpgsqlConnectionStringBuilder(app.Database.ConnectionString).Database!;
        Assert.DoesNotContain(pools, pool => pool.Contains(database, StringComparison.Ordinal));
        Assert.DoesNotContain(database, after);
    }

    [Fact]
    public async Task Metrics_AfterARecompute_CountItByReasonAndShowTheSchemesAmount()
    {
        var municipality = await app.CreateSchemeAsync();
        const string Recomputes = "waardering_amount_recomputes_total";
        var before = Scrape.Sum(await Scrape.MetricsAsync(app), Recomputes, "reason=\"manual\"");

        var recomputed = await app.As("policy").PostAsync($"/api/schemes/{municipality}/2026/recompute", null);

        Assert.Equal(HttpStatusCode.OK, recomputed.StatusCode);
        var after = await Scrape.MetricsAsync(app);
        Assert.True(Scrape.Sum(after, Recomputes, "reason=\"manual\"") > before, "the recompute is not counted");
        var amount = (long)(await recomputed.ReadJsonAsync())["currentAmountCents"]!;
        Assert.Equal(amount, Scrape.Sum(after, "waardering_scheme_amount", $"municipality=\"{municipality}\"", "year=\"2026\""));
    }

    [Fact]
    public async Task Metrics_ForAnOutsideAddressForwardedByTheLocalProxy_AreRefusedAsAnUnknownAddressIs()
    {
        var outside = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { { "X-Forwarded-For", "203.0.113.9" } } };
        var unknown = new HttpRequestMessage(HttpMethod.Get, "/no-such-address") { Headers = { { "X-Forwarded-For", "203.0.113.9" } } };

        var refused = await app.Anonymous().SendAsync(outside);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal((await app.Anonymous().SendAsync(unknown)).StatusCode, refused.StatusCode);
        Assert.DoesNotContain("# TYPE", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OutboxGauges_WithMailsWaiting_ShowTheBacklogAndTheOldestMailsAge()
    {
        var municipality = await app.CreateSchemeAsync();
        Assert.Equal(HttpStatusCode.Created, (await app.Anonymous().PostAsJsonAsync("/api/requests", Bodies.Request(municipality))).StatusCode);
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        // No Worker runs here: the request's mails wait. The oldest is made an hour old.
        var waiting = await connection.ExecuteScalarAsync<long>("""
            update outbox_mails set created_at = now() - interval '1 hour'
            where id = (select id from outbox_mails where status = 'pending' order by created_at limit 1);
            select count(*) from outbox_mails where status = 'pending'
            """);

        var gauges = Collect(app.Factory.Services.GetRequiredService<DatabaseGauges>().Meter);

        Assert.True(waiting >= 1);
        Assert.Equal(waiting, gauges["waardering.outbox.backlog"]);
        Assert.InRange(gauges["waardering.outbox.oldest_age"], 3600, 3700);
        var scraped = await Scrape.MetricsAsync(app);
        Assert.Contains("waardering_outbox_backlog", scraped);
        Assert.Contains($"municipality=\"{municipality}\"", scraped);
    }

    [Fact]
    public async Task Telemetry_OfAPathWithATokenInIt_CarriesTheRouteNeverTheTokenOrId()
    {
        var token = Guid.NewGuid().ToString("N");
        var id = Guid.NewGuid();
        var client = app.Anonymous();

        await client.GetAsync($"/request-status/{id}?token={token}");
        await client.GetAsync($"/co-sign?token={token}");
        await client.GetAsync($"/api/requests/{token}/no-such-thing");

        var spans = await SpansUntilAsync(s => s.Any(a => (string?)a.GetTagItem("http.route") == "/request-status/{id:guid}")
                                               && s.Count(a => a.Source.Name == "Microsoft.AspNetCore") >= 3);
        var written = string.Join("\n", spans.SelectMany(a => a.TagObjects.Select(t => $"{t.Key}={t.Value}")
            .Concat(a.Events.Select(e => e.Name)).Append(a.DisplayName)));
        Assert.Contains("/request-status/{id:guid}", written);
        Assert.DoesNotContain(token, written);
        Assert.DoesNotContain(id.ToString(), written);
        var scraped = await Scrape.MetricsAsync(app);
        Assert.DoesNotContain(token, scraped);
        Assert.DoesNotContain(id.ToString(), scraped);
    }

    private async Task<IReadOnlyList<Activity>> SpansUntilAsync(Func<IReadOnlyList<Activity>, bool> enough)
    {
        // A request's span ends just after its answer has gone: wait for it briefly.
        for (var i = 0; i < 50 && !enough(app.Spans.Snapshot()); i++)
        {
            await Task.Delay(100);
        }

        return app.Spans.Snapshot();
    }

    /// <summary>Each gauge's value, by instrument name, as a collector would read it now.</summary>
    private static Dictionary<string, double> Collect(Meter meter)
    {
        var values = new Dictionary<string, double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == meter)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => values[instrument.Name] = value);
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => values[instrument.Name] = value);
        listener.Start();
        listener.RecordObservableInstruments();
        return values;
    }
}
