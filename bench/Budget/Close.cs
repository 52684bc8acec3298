using System.Diagnostics;
using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Budget;
using Waardering.Data.Schemes;

/// <summary>
/// After-close finalization of an afterClose scheme's approved requests, each round next to a
/// count(*) over the same requests and a bare update of the same rows (both in the same round),
/// the scheme put back as it was between rounds (not timed).
/// </summary>
internal static class Close
{
    public static async Task RunAsync(NpgsqlDataSource dataSource, int requests, int rounds)
    {
        var schemeId = await FillAsync(dataSource, requests);
        var scheme = (await new SchemeStore(dataSource).FindByIdAsync(schemeId, CancellationToken.None))!;
        var now = Instant.FromUtc(2027, 1, 2, 12, 0);
        var runs = new List<(double Count, double Update, double Close)>();
        for (var round = 0; round <= rounds; round++)
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            var count = await TimeAsync(() => connection.ExecuteScalarAsync<long>("select count(*) from requests where scheme_id = @schemeId", new { schemeId }));
            var update = await TimeAsync(async () =>
            {
                await using var transaction = await connection.BeginTransactionAsync();
                await connection.ExecuteAsync("update requests set granted_at = now() where scheme_id = @schemeId", new { schemeId }, transaction, 600);
                await transaction.RollbackAsync();
            });
            var close = await TimeAsync(() => SchemeClosing.FinalizeAsync(connection, scheme, Actor.Worker, now, CancellationToken.None));
            await ResetAsync(connection, schemeId);
            if (round > 0) // the first round warms the cache and the plans
            {
                runs.Add((count, update, close));
            }
        }

        static double Median(IEnumerable<double> values) => values.Order().ElementAt(values.Count() / 2);
        var counts = runs.Select(r => r.Count).ToList();
        Console.WriteLine($"approved requests: {requests:N0}, rounds: {rounds} (medians; ratios per round, then their median)");
        Console.WriteLine("| measure | runs, ms | median ms | ratio to count(*) |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine($"| select count(*) over the same requests (baseline) | {string.Join(", ", counts.Select(c => c.ToString("F1")))} | {Median(counts):F1} | 1.00 |");
        Console.WriteLine($"| bare update of the same requests' grant time, rolled back | {string.Join(", ", runs.Select(r => r.Update.ToString("F1")))} | {Median(runs.Select(r => r.Update)):F1} | {Median(runs.Select(r => r.Update / r.Count)):F2} |");
        Console.WriteLine($"| after-close finalization (split, charges, lines, parts, grants) | {string.Join(", ", runs.Select(r => r.Close.ToString("F1")))} | {Median(runs.Select(r => r.Close)):F1} | {Median(runs.Select(r => r.Close / r.Count)):F2} |");
    }

    private static async Task<double> TimeAsync(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>An afterClose scheme per request (weights 1-3, 1-3 caregivers), every request approved and not yet granted.</summary>
    private static async Task<long> FillAsync(NpgsqlDataSource dataSource, int requests)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var schemeId = await Fill.SchemeAsync(connection, "GM0403", "Huizen", "afterClose", expendedCents: 0);
        if (await connection.ExecuteScalarAsync<long>("select count(*) from requests where scheme_id = @schemeId", new { schemeId }) == 0)
        {
            await connection.ExecuteAsync("""
                insert into requests (id, scheme_id, reference, status, submitted_by, recipient_name, recipient_birth_date,
                    recipient_postcode, recipient_house_number, recipient_identity_hash, unit_amount_cents, units,
                    status_token_hash, submitted_at, decided_at, decided_by)
                select gen_random_uuid(), @schemeId, 'GM0403-2026-' || lpad(n::text, 7, '0'), 'approved', 'recipient',
                    'Zorgvrager ' || n, date '1940-01-01' + (n % 20000)::int, '1271AB', (n % 500 + 1)::text,
                    sha256(('h' || n)::bytea), 15000, 1, sha256(('s' || n)::bytea),
                    timestamptz '2026-10-01 08:00+02' + (n % 90)::int * interval '1 day',
                    timestamptz '2026-10-02 08:00+02' + (n % 90)::int * interval '1 day', 'Behandelaar'
                from generate_series(1, @requests) as n;
                insert into request_caregivers (request_id, position, name, birth_date, email, iban, weight, amount_cents, consent_to_contact)
                select r.id, p, 'Mantelzorger ' || p, date '1970-01-01', null, 'NL91ABNA0417164300', 1 + (p + n) % 3, 0, true
                from (select id, row_number() over (order by reference) as n from requests where scheme_id = @schemeId) r
                cross join lateral generate_series(1, 1 + (r.n % 3)::int) as p;
                """, new { schemeId, requests }, commandTimeout: 600);
            await connection.ExecuteAsync("vacuum analyze requests, request_caregivers", commandTimeout: 600);
        }

        return schemeId;
    }

    private static async Task ResetAsync(NpgsqlConnection connection, long schemeId)
    {
        await connection.ExecuteAsync("""
            delete from award_charges a using requests r where r.id = a.request_id and r.scheme_id = @schemeId;
            update budget_lines set awarded_cents = 0 where municipality_code = 'GM0403' and year = 2026;
            update requests set granted_at = null, unit_amount_cents = 15000 where scheme_id = @schemeId;
            update request_caregivers c set amount_cents = 0 from requests r where r.id = c.request_id and r.scheme_id = @schemeId;
            update schemes set finalized_at = null where id = @schemeId;
            delete from amount_recomputes where scheme_id = @schemeId;
            """, new { schemeId }, commandTimeout: 600);
        await connection.ExecuteAsync("vacuum analyze requests, request_caregivers, award_charges, budget_lines", commandTimeout: 600);
    }
}
