using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using Waardering.Data.Audit;
using Waardering.Data.Database;
using Waardering.Data.Migrations;
using Waardering.Data.Payouts;
using Waardering.Domain;
using Waardering.Domain.Payouts;

// Usage: Waardering.Payouts.Bench CONNECTION_STRING [AWARDS] [OUTPUT_FILE]
var connectionString = args[0];
var awards = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
var output = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), "pain001-bench.xml");

DapperSetup.EnsureConfigured();
await using var dataSource = DataServiceCollectionExtensions.CreateDataSource(connectionString);
await new MigrationRunner(dataSource, NullLogger<MigrationRunner>.Instance).ApplyAsync(CancellationToken.None);
await FillAsync(dataSource, awards);

// The floors, in the same round: writing the batch's rows into a table without indexes or
// constraints, and copying them out as text (COPY), against which build and file are set.
var buildFloor = await BuildFloorAsync(dataSource);
var store = new PayoutWorkflow(dataSource, Microsoft.Extensions.Options.Options.Create(new Waardering.Data.Links.LinkOptions()));
var now = SystemClock.Instance.GetCurrentInstant();
var build = Stopwatch.StartNew();
var batch = await new PayoutBatchBuilder(dataSource, store).CreateAsync("GM0402", 2026, new Actor("bench", Waardering.Domain.Requests.Channel.Backoffice), now, CancellationToken.None)
    ?? throw new InvalidOperationException("No awards to pay.");
build.Stop();

Iban.TryParse("NL91ABNA0417164300", out var debtorIban);
var header = new SepaBatch($"W-{batch.Id:N}", now, AmsterdamTime.DateOf(now).PlusDays(1),
    new SepaDebtor("Gemeente Hilversum", debtorIban, "ABNANL2A"), batch.PaymentCount, batch.TotalCents);
var fileFloor = await FileFloorAsync(dataSource, batch.Id, output);
var write = Stopwatch.StartNew();
await using (var file = File.Create(output))
{
    await SepaCreditTransfer.WriteAsync(file, header, Transactions(store.PaymentsAsync(batch.Id, CancellationToken.None)), CancellationToken.None);
}

write.Stop();
// The peak of building and writing, before the booking holds its mails in memory too.
var peakBeforeBooking = Process.GetCurrentProcess().PeakWorkingSet64;

// Booking writes a payment mail, with a consent link of its own, to every caregiver: each consented here.
await store.ApproveAsync(batch.Id, new Actor("bench-second", Waardering.Domain.Requests.Channel.Backoffice), now, CancellationToken.None);
var book = Stopwatch.StartNew();
await store.BookAsync(batch.Id, new Actor("bench", Waardering.Domain.Requests.Channel.Backoffice), now, CancellationToken.None);
book.Stop();
await using (var check = await dataSource.OpenConnectionAsync())
{
    // Every caregiver here may be contacted: a booking that loses or doubles a mail is not a result.
    var mails = await check.ExecuteScalarAsync<long>("select count(*) from outbox_mails where template = 'payment'");
    var links = await check.ExecuteScalarAsync<long>("select count(*) from consent_links");
    if (mails != batch.PaymentCount || links != batch.PaymentCount)
    {
        throw new InvalidOperationException($"{batch.PaymentCount} payments booked, but {mails} payment mails and {links} consent links.");
    }
}

var process = Process.GetCurrentProcess();
// One line per run (awards, build s, write s, file MB, peak MB before booking, book s, peak MB after booking,
// build floor s, file floor s); bench/payouts.sh makes the table.
Console.WriteLine(FormattableString.Invariant(
    $"{batch.PaymentCount} {build.Elapsed.TotalSeconds:F2} {write.Elapsed.TotalSeconds:F2} {new FileInfo(output).Length / 1048576.0:F1} {peakBeforeBooking / 1048576.0:F0} {book.Elapsed.TotalSeconds:F2} {process.PeakWorkingSet64 / 1048576.0:F0} {buildFloor.TotalSeconds:F2} {fileFloor.TotalSeconds:F2}"));
File.Delete(output);

static async IAsyncEnumerable<SepaTransaction> Transactions(IAsyncEnumerable<PaymentLine> payments)
{
    await foreach (var p in payments)
    {
        Iban.TryParse(p.Iban, out var iban);
        yield return new SepaTransaction(p.EndToEndId, p.AmountCents, p.CreditorName, iban, $"Mantelzorgwaardering {p.Year} {p.Reference}");
    }
}

// The same rows as the batch's payments, inserted into a table of their columns alone, and rolled back.
static async Task<TimeSpan> BuildFloorAsync(Npgsql.NpgsqlDataSource dataSource)
{
    await using var connection = await dataSource.OpenConnectionAsync();
    await using var transaction = await connection.BeginTransactionAsync();
    await connection.ExecuteAsync("""
        create table payments_floor (id uuid, batch_id uuid, request_id uuid, caregiver_position integer, amount_cents bigint,
            iban text, creditor_name text, end_to_end_id text, status text)
        """, transaction: transaction);
    var floor = Stopwatch.StartNew();
    await connection.ExecuteAsync("""
        insert into payments_floor
        select gen_random_uuid(), gen_random_uuid(), r.id, c.position, c.amount_cents, c.iban, c.name, r.reference || '-' || c.position || '-1', 'inBatch'
        from requests r join request_caregivers c on c.request_id = r.id
        """, transaction: transaction, commandTimeout: 600);
    floor.Stop();
    await transaction.RollbackAsync();
    return floor.Elapsed;
}

// The batch's rows as the file reads them, copied out as text into a file of their own.
static async Task<TimeSpan> FileFloorAsync(Npgsql.NpgsqlDataSource dataSource, Guid batchId, string output)
{
    await using var connection = await dataSource.OpenConnectionAsync();
    var floor = Stopwatch.StartNew();
    await using (var file = new StreamWriter(output + ".floor"))
    using (var rows = await connection.BeginTextExportAsync($"""
        copy (select p.end_to_end_id, p.amount_cents, p.creditor_name, p.iban, r.reference, b.year
              from payments p join requests r on r.id = p.request_id join payout_batches b on b.id = p.batch_id
              where p.batch_id = '{batchId}' order by p.end_to_end_id) to stdout
        """))
    {
        var buffer = new char[65536];
        int read;
        while ((read = await rows.ReadAsync(buffer)) > 0)
        {
            await file.WriteAsync(buffer.AsMemory(0, read));
        }
    }

    floor.Stop();
    File.Delete(output + ".floor");
    return floor.Elapsed;
}

static async Task FillAsync(Npgsql.NpgsqlDataSource dataSource, int awards)
{
    await using var connection = await dataSource.OpenConnectionAsync();
    await connection.ExecuteAsync("""
        insert into municipalities (code, name) values ('GM0402', 'Hilversum') on conflict do nothing;
        insert into schemes (municipality_code, year, opens_on, closes_on, base_amount_cents, current_amount_cents,
            split_mode, payout_mode, who_may_apply, created_at, updated_at)
        values ('GM0402', 2026, '2026-10-01', '2026-12-31', 15000, 15000, 'perRequest', 'rolling', 'both', now(), now())
        on conflict do nothing;
        """);
    var schemeId = await connection.ExecuteScalarAsync<long>("select id from schemes where municipality_code = 'GM0402' and year = 2026");
    // Granted awards, one caregiver each, as approvals leave them.
    await connection.ExecuteAsync("""
        insert into requests (id, scheme_id, reference, status, submitted_by, recipient_name, recipient_birth_date,
            recipient_postcode, recipient_house_number, recipient_identity_hash, unit_amount_cents, units,
            status_token_hash, submitted_at, granted_at)
        select gen_random_uuid(), @schemeId, 'GM0402-2026-' || lpad(n::text, 6, '0'), 'approved', 'recipient',
            'Zorgvrager ' || n, date '1941-05-17', '1211AB', n::text, sha256(n::text::bytea), 5000, 1,
            sha256(('t' || n)::bytea), now(), now()
        from generate_series(1, @awards) as n;
        insert into caregiver_register (id, municipality_code, identity_hash, consent, consent_source, consent_at, name, birth_date, email)
        select id, 'GM0402', sha256(('c' || reference)::bytea), 'given', 'application', now(), 'Mantelzorger Ä ' || reference,
            date '1968-02-01', 'mz-' || reference || '@example.org'
        from requests where scheme_id = @schemeId;
        insert into request_caregivers (request_id, position, name, birth_date, iban, weight, amount_cents, consent_to_contact,
            email, register_id)
        select id, 1, 'Mantelzorger Ä ' || reference, date '1968-02-01', 'NL91ABNA0417164300', 1, 5000, true,
            'mz-' || reference || '@example.org', id
        from requests where scheme_id = @schemeId;
        """, new { schemeId, awards }, commandTimeout: 600);
    await connection.ExecuteAsync("vacuum analyze requests", commandTimeout: 600);
    await connection.ExecuteAsync("vacuum analyze request_caregivers", commandTimeout: 600);
}
