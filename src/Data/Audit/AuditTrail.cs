using Dapper;
using NodaTime;
using Npgsql;

namespace Waardering.Data.Audit;

/// <summary>Which events of a scheme year an auditor looks at: one kind (an action), and a span of time.</summary>
public sealed record AuditFilter(string? Action, Instant? From, Instant? Until);

/// <summary>
/// A page of a scheme year's trail, the number of events the filter finds, and how many of each
/// kind there are within the filter's span (so the auditor sees what there is to filter on).
/// </summary>
public sealed record AuditTrailPage(
    IReadOnlyList<AuditEvent> Items, int Total, int Page, int PageSize, IReadOnlyDictionary<string, int> Kinds,
    IReadOnlyDictionary<Guid, string> References);

/// <summary>The request an auditor reads the trail of: only what names it, no personal data.</summary>
public sealed record AuditedRequest(Guid Id, string Reference, string MunicipalityCode, int Year, string Status);

/// <summary>
/// The auditor's reading of the trail in pages: the same events as the CSV export
/// (<see cref="AuditLog.ForSchemeAsync"/>), filtered and paged in the database, since a season of
/// 4,000 requests writes tens of thousands of events.
/// </summary>
public static class AuditTrail
{
    private const string Filter = """
        and (@action::text is null or e.action = @action)
        and (@from::timestamptz is null or e.occurred_at >= @from)
        and (@until::timestamptz is null or e.occurred_at < @until)
        """;

    public static async Task<AuditTrailPage> PageForSchemeAsync(NpgsqlDataSource dataSource, string municipality, int year, AuditFilter filter,
        int page, int pageSize, CancellationToken cancellationToken)
    {
        var parameters = new { municipality, year, filter.Action, filter.From, filter.Until, size = pageSize, skip = (long)(page - 1) * pageSize };
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var items = (await connection.QueryAsync<AuditEvent>(new CommandDefinition($"""
            select {AuditLog.Columns}
            from audit_events e
            where {AuditLog.OfScheme} {Filter}
            order by e.occurred_at, e.id
            limit @size offset @skip
            """, parameters, cancellationToken: cancellationToken))).ToList();
        // The kinds within the span, whatever kind is chosen: the choice is among them.
        var kinds = (await connection.QueryAsync<(string Action, int Count)>(new CommandDefinition($"""
            select e.action, count(*)::int
            from audit_events e
            where {AuditLog.OfScheme} {Filter.Replace("@action::text", "null::text", StringComparison.Ordinal)}
            group by e.action
            """, parameters, cancellationToken: cancellationToken))).ToDictionary(k => k.Action, k => k.Count, StringComparer.Ordinal);
        var total = filter.Action is null ? kinds.Values.Sum() : kinds.GetValueOrDefault(filter.Action);
        var references = await ReferencesAsync(connection, items, cancellationToken);
        return new AuditTrailPage(items, total, page, pageSize, kinds, references);
    }

    /// <summary>The requests' references, so the auditor reads <c>GM0402-2026-000123</c>, not an id.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> ReferencesAsync(
        NpgsqlConnection connection, IEnumerable<AuditEvent> events, CancellationToken cancellationToken)
    {
        var ids = events.Select(e => e.RequestId).OfType<Guid>().Distinct().ToArray();
        var rows = await connection.QueryAsync<(Guid Id, string Reference)>(new CommandDefinition(
            "select id, reference from requests where id = any(@ids)", new { ids }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.Id, r => r.Reference);
    }

    public static async Task<AuditedRequest?> RequestAsync(NpgsqlDataSource dataSource, Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<AuditedRequest>(new CommandDefinition("""
            select r.id, r.reference, s.municipality_code, s.year, r.status
            from requests r join schemes s on s.id = r.scheme_id where r.id = @id
            """, new { id }, cancellationToken: cancellationToken));
    }
}
