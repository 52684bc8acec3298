using System.Diagnostics.Metrics;
using Dapper;
using Microsoft.Extensions.Options;
using NodaTime;
using Npgsql;
using Waardering.Data.Database;
using Waardering.Domain;
using Waardering.Domain.Mail;

namespace Waardering.Data.Telemetry;

/// <summary>
/// Figures only the database knows: the outbox's backlog and the age of its oldest unsent mail,
/// and each recent scheme's current amount. Read when a collector asks, at most once per
/// <see cref="MetricsOptions.DatabaseReadSeconds"/>, never on a request's path. A meter of its own,
/// so the gauges go when the host that registered them stops.
/// </summary>
public sealed class DatabaseGauges : IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly IClock _clock;
    private readonly long _maxAgeMilliseconds;
    private readonly Lock _reading = new();
    private OperationalFigures _figures = OperationalFigures.None;
    private long? _readAt;

    public DatabaseGauges(NpgsqlDataSource dataSource, IClock clock, IOptions<TelemetryOptions> options)
    {
        _dataSource = dataSource;
        _clock = clock;
        _maxAgeMilliseconds = options.Value.Metrics.DatabaseReadSeconds * 1000L;
        Meter = new Meter(WaarderingTelemetry.Name);
        Meter.CreateObservableGauge("waardering.outbox.backlog", () => Read().Backlog, "{mail}",
            "Mails waiting to be sent, retries included");
        Meter.CreateObservableGauge("waardering.outbox.oldest_age", () => Read().OldestAgeSeconds, "s",
            "Age of the oldest mail not yet sent; 0 when none waits");
        Meter.CreateObservableGauge("waardering.scheme.amount", ReadAmounts, "{cent}",
            "The current amount per unit of each scheme of this year and the last, in cents");
    }

    /// <summary>The meter these gauges are on, for a test's listener.</summary>
    public Meter Meter { get; }

    public void Dispose() => Meter.Dispose();

    private IEnumerable<Measurement<long>> ReadAmounts() =>
        Read().Amounts.Select(a => new Measurement<long>(a.CurrentAmountCents,
            new KeyValuePair<string, object?>("municipality", a.MunicipalityCode), new KeyValuePair<string, object?>("year", a.Year)));

    private OperationalFigures Read()
    {
        lock (_reading)
        {
            if (_readAt is { } readAt && Environment.TickCount64 - readAt < _maxAgeMilliseconds)
            {
                return _figures;
            }

            try
            {
                _figures = ReadFromDatabase();
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                // A database that does not answer is the readiness check's to report; the
                // gauges keep their last figures rather than fail the whole scrape.
            }

            _readAt = Environment.TickCount64;
            return _figures;
        }
    }

    /// <summary>
    /// One round trip. The count uses the partial index of pending mails; the age is the database's
    /// own <c>now()</c>, like the outbox's retry times: operational time, not a date of law.
    /// </summary>
    private OperationalFigures ReadFromDatabase()
    {
        using var connection = _dataSource.OpenConnection();
        using var results = connection.QueryMultiple($"""
            select count(*) as backlog,
                coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as oldest_age_seconds
            from outbox_mails where status = {SqlCodes.Literal(OutboxStatus.Pending)};
            select municipality_code, year, current_amount_cents from schemes where year >= @lastYear;
            """, new { lastYear = AmsterdamTime.DateOf(_clock.GetCurrentInstant()).Year - 1 });
        var outbox = results.ReadSingle<(long Backlog, double OldestAgeSeconds)>();
        var amounts = results.Read<SchemeAmount>().ToList();
        return new OperationalFigures(outbox.Backlog, outbox.OldestAgeSeconds, amounts);
    }
}

public sealed record SchemeAmount(string MunicipalityCode, int Year, long CurrentAmountCents);

public sealed record OperationalFigures(long Backlog, double OldestAgeSeconds, IReadOnlyList<SchemeAmount> Amounts)
{
    public static readonly OperationalFigures None = new(0, 0, []);
}
