using Dapper;
using Npgsql;

/// <summary>Fills a fresh database with Hilversum's scheme and a season of requests, in SQL.</summary>
internal static class Fill
{
    public static async Task<long> SchemeWithRequestsAsync(NpgsqlDataSource dataSource, int requests)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var schemeId = await SchemeAsync(connection, "GM0402", "Hilversum", "rolling", expendedCents: 5000000);
        var existing = await connection.ExecuteScalarAsync<long>("select count(*) from requests where scheme_id = @schemeId", new { schemeId });
        if (existing < requests)
        {
            // A fifth decided (approved or rejected), the rest open; spread over the window. The scheme
            // pays as it goes (rolling), so an approval is granted the day after the request came in.
            await connection.ExecuteAsync("""
                insert into requests (id, scheme_id, reference, status, submitted_by, recipient_name, recipient_birth_date,
                    recipient_postcode, recipient_house_number, recipient_identity_hash, unit_amount_cents, units,
                    status_token_hash, submitted_at, granted_at)
                select gen_random_uuid(), @schemeId, 'GM0402-2026-' || lpad(n::text, 7, '0'),
                    case when n % 10 = 0 then 'approved' when n % 10 = 1 then 'rejected' else 'received' end,
                    'recipient', 'Zorgvrager ' || n, date '1940-01-01' + (n % 20000)::int, '1211AB', (n % 500 + 1)::text,
                    sha256(n::text::bytea), 15000, 1, sha256(('t' || n)::text::bytea),
                    timestamptz '2026-10-01 08:00+02' + (n % 90)::int * interval '1 day',
                    case when n % 10 = 0 then timestamptz '2026-10-02 08:00+02' + (n % 90)::int * interval '1 day' end
                from generate_series(@from, @to) as n
                """, new { schemeId, from = existing + 1, to = (long)requests }, commandTimeout: 600);
        }

        // Index-only scans skip the table only where the visibility map is fresh; a migration that
        // rebuilt the table (0030) leaves it empty, and autovacuum counts no new rows to wake it.
        await connection.ExecuteAsync("vacuum analyze requests", commandTimeout: 600);

        await AmountHistoryAsync(connection, schemeId, requests);
        return schemeId;
    }

    /// <summary>A municipality's 2026 scheme (per request, € 150) and its appreciation line of € 200 million; answers the scheme's id.</summary>
    public static async Task<long> SchemeAsync(NpgsqlConnection connection, string code, string name, string payoutMode, long expendedCents)
    {
        await connection.ExecuteAsync("""
            insert into municipalities (code, name) values (@code, @name) on conflict do nothing;
            insert into schemes (municipality_code, year, opens_on, closes_on, base_amount_cents, current_amount_cents,
                split_mode, payout_mode, who_may_apply, created_at, updated_at)
            values (@code, 2026, '2026-10-01', '2026-12-31', 15000, 15000, 'perRequest', @payoutMode, 'both', now(), now())
            on conflict do nothing;
            insert into budget_lines (municipality_code, year, code, name, source, amount_cents, funds_appreciation,
                expended_cents, created_at, updated_at)
            values (@code, 2026, 'waardering', 'Mantelzorgwaardering', 'municipal', 20000000000, true, @expendedCents, now(), now())
            on conflict do nothing;
            """, new { code, name, payoutMode, expendedCents });
        return await connection.ExecuteScalarAsync<long>("select id from schemes where municipality_code = @code and year = 2026", new { code });
    }

    /// <summary>A season of recomputes: hourly over the window and one per 100 requests, the amount falling from € 150.</summary>
    private static async Task AmountHistoryAsync(NpgsqlConnection connection, long schemeId, int requests)
    {
        var runs = (92 * 24) + (requests / 100);
        if (await connection.ExecuteScalarAsync<long>("select count(*) from amount_recomputes where scheme_id = @schemeId", new { schemeId }) >= runs)
        {
            return;
        }

        await connection.ExecuteAsync("""
            insert into amount_recomputes (scheme_id, computed_at, reason, available_cents, granted_cents, open_units,
                forecast_units, forecast_method, result_cents, below_floor, budget_exhausted)
            select @schemeId, timestamptz '2026-10-01 00:00+02' + (n::float8 / @runs) * interval '92 days',
                case when n % 5 = 0 then 'scheduled' else 'volume' end, 19995000000, 0, n * 100, 0, 'none',
                greatest(100, 15000 - (n::bigint * 14900 / @runs) / 100 * 100), false, false
            from generate_series(1, @runs) as n
            """, new { schemeId, runs });
    }
}
