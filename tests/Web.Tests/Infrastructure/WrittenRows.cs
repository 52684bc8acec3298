using Dapper;
using Npgsql;

namespace Waardering.Web.Tests.Infrastructure;

/// <summary>
/// The rows, and a digest of their contents, of every table a citizen's post writes: an intake's
/// (the request, its caregivers, the register entries with their consent links and held changes,
/// the audit trail, the outbox and the idempotency record) and a mailed link's answer's (the
/// check-in, its referral and the year's answers). Two equal snapshots prove that nothing was
/// written, not even an update; their difference says per table what was.
/// </summary>
public sealed record WrittenRows(IReadOnlyDictionary<string, WrittenRows.Table> Tables)
{
    public readonly record struct Table(long Rows, decimal Digest);

    /// <summary>Each table, as a <c>from</c> clause whose row is <c>t</c>, with the column that holds its municipality.</summary>
    private static readonly (string Name, string From, string Municipality)[] Sources =
    [
        ("requests", "requests t join schemes s on s.id = t.scheme_id", "s.municipality_code"),
        ("request_caregivers", "request_caregivers t join requests r on r.id = t.request_id join schemes s on s.id = r.scheme_id", "s.municipality_code"),
        ("idempotency_keys", "idempotency_keys t join requests r on r.id = t.request_id join schemes s on s.id = r.scheme_id", "s.municipality_code"),
        ("audit_events", "audit_events t left join requests r on r.id = t.request_id left join schemes s on s.id = r.scheme_id", "s.municipality_code"),
        ("outbox_mails", "outbox_mails t", "t.municipality_code"),
        ("caregiver_register", "caregiver_register t", "t.municipality_code"),
        ("consent_links", "consent_links t join caregiver_register g on g.id = t.register_id", "g.municipality_code"),
        ("register_changes", "register_changes t join caregiver_register g on g.id = t.register_id", "g.municipality_code"),
        ("caregiver_year_answers", "caregiver_year_answers t join caregiver_register g on g.id = t.register_id", "g.municipality_code"),
        ("check_ins", "check_ins t join schemes s on s.id = t.scheme_id", "s.municipality_code"),
        ("referrals", "referrals t", "t.municipality_code"),
    ];

    private static readonly string Sql = string.Join("\nunion all\n", Sources.Select(s => $"""
        select '{s.Name}' as name, count(*) as rows, coalesce(sum(hashtextextended(t::text, 0)::numeric), 0) as digest
        from {s.From} where @municipality::text is null or {s.Municipality} = @municipality
        """));

    /// <summary>The tables an intake writes: a stored request has rows in each.</summary>
    public static readonly IReadOnlyList<string> IntakeTables =
        ["requests", "request_caregivers", "idempotency_keys", "audit_events", "outbox_mails", "caregiver_register", "consent_links"];

    /// <summary>The tables of one municipality, or of the whole database when <paramref name="municipality"/> is null.</summary>
    public static async Task<WrittenRows> CountAsync(NpgsqlDataSource dataSource, string? municipality = null)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(string Name, long Rows, decimal Digest)>(Sql, new { municipality });
        return new WrittenRows(rows.ToDictionary(r => r.Name, r => new Table(r.Rows, r.Digest)));
    }

    /// <summary>The rows added (or removed, below zero) per table since <paramref name="before"/>.</summary>
    public IReadOnlyDictionary<string, long> RowsSince(WrittenRows before) =>
        Tables.ToDictionary(t => t.Key, t => t.Value.Rows - before.Tables[t.Key].Rows);

    /// <summary>What was written since <paramref name="before"/>, one line per table; empty when nothing was.</summary>
    public IReadOnlyList<string> ChangesSince(WrittenRows before) =>
        Tables.Where(t => t.Value != before.Tables[t.Key])
            .Select(t => t.Value.Rows == before.Tables[t.Key].Rows
                ? $"{t.Key}: a row changed"
                : $"{t.Key}: {before.Tables[t.Key].Rows} → {t.Value.Rows} rows")
            .ToList();
}

public static class WrittenRowsOfFixture
{
    /// <summary>See <see cref="WrittenRows.CountAsync"/>: of one municipality, or of the fixture's whole database.</summary>
    public static Task<WrittenRows> WrittenRowsAsync(this WebAppFixture app, string? municipality = null) =>
        WrittenRows.CountAsync(app.Database.DataSource, municipality);
}
