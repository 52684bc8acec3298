using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Waardering.Data.Retention;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Retention;

/// <summary>
/// Two years after the scheme year the retention job leaves no personal data, while the payment
/// totals, the budget report and the audit trail stay as they were. Names, e-mail addresses,
/// IBANs, birth dates, addresses, phone numbers and free text are searched in every table; the BSN,
/// never stored plain, by its encrypted value and keyed hash.
/// </summary>
public sealed class RetentionTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task RetentionJob_TwoYearsAfterTheSchemeYear_LeavesNoPersonalData_ButTheSameTotals()
    {
        var municipality = await app.CreateSchemeAsync();
        var applied = ContactHelpers.CaregiverApplies(municipality, consent: true);
        var named = Bodies.Request(municipality, caregivers: 2);
        // Values of this test alone, so that finding one can only mean this test's rows.
        applied["recipient"]!["birthDate"] = "1938-03-14";
        applied["recipient"]!["postcode"] = "1217 XK";
        applied["recipient"]!["houseNumber"] = "318k";
        applied["caregivers"]![0]!["birthDate"] = "1966-11-05";
        applied["caregivers"]![0]!["iban"] = "NL20INGB0001234567";
        named["recipient"]!["birthDate"] = "1939-07-23";
        named["recipient"]!["houseNumber"] = "77bis";
        named["caregivers"]![0]!["iban"] = "BE68539007547034";
        var requestId = await app.SubmitAndPayAsync(municipality, applied);
        await app.SubmitAndPayAsync(municipality, named);
        app.Clock.Advance(Duration.FromDays(42));
        await app.RunCheckInCycleAsync();
        var checkIn = (await app.MailsAsync("check-in", (string)applied["caregivers"]![0]!["email"]!))[0];
        var phone = $"06 {Random.Shared.Next(10_000_000, 99_999_999)}";
        var remark = $"Opmerking {Guid.NewGuid():N}";
        var answer = ContactHelpers.Answer(ContactHelpers.TokenOf((string)checkIn.Model["checkInUrl"]!), contactWish: "phone", phone: phone);
        answer["remarks"] = remark;
        Assert.Equal(HttpStatusCode.NoContent, (await app.Anonymous().PostAsJsonAsync("/api/check-ins", answer)).StatusCode);
        var needles = new[]
        {
            (string)applied["recipient"]!["name"]!, (string)applied["recipient"]!["email"]!,
            (string)applied["caregivers"]![0]!["name"]!, (string)applied["caregivers"]![0]!["email"]!,
            (string)named["recipient"]!["name"]!, (string)named["recipient"]!["email"]!,
            (string)named["caregivers"]![0]!["email"]!, (string)named["caregivers"]![1]!["email"]!,
            phone, remark,
            "NL20INGB0001234567", "DE89370400440532013000", "BE68539007547034",
            "1938-03-14", "1966-11-05", "1939-07-23", "1217XK", "318k", "77bis",
        };
        string[] bsns = [(string)applied["recipient"]!["bsn"]!, (string)named["recipient"]!["bsn"]!];
        var before = await TotalsAsync(municipality);
        foreach (var needle in needles)
        {
            Assert.True(await CountAsync(needle) != 0, $"not there before the job runs: {needle}");
        }

        Assert.Equal(2, await BsnsHeldAsync(municipality));
        Assert.All(await Task.WhenAll(bsns.Select(CountAsync)), rows => Assert.Equal(0, rows)); // encrypted at rest, never plain

        app.Clock.Reset(Instant.FromUtc(2028, 12, 31, 10, 0)); // 31 December 2028: not yet two years after 2026
        await RunRetentionAsync();
        var tooEarly = await CountAsync(needles[0]);
        app.Clock.Reset(Instant.FromUtc(2029, 1, 1, 10, 0));
        await RunRetentionAsync();

        Assert.NotEqual(0, tooEarly);
        foreach (var needle in needles)
        {
            Assert.True(await CountAsync(needle) == 0, $"still found: {needle} in {string.Join(", ", await TablesHoldingAsync(needle))}");
        }

        Assert.Equal(0, await BsnsHeldAsync(municipality));
        Assert.All(await Task.WhenAll(bsns.Select(CountAsync)), rows => Assert.Equal(0, rows));
        Assert.Equal(before, await TotalsAsync(municipality));
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var payments = await connection.QueryAsync<(string? Iban, string? Name, string? Pseudonym)>("""
            select p.iban, p.creditor_name, p.payee_pseudonym from payments p join payout_batches b on b.id = p.batch_id
            where b.municipality_code = @municipality
            """, new { municipality });
        Assert.All(payments, p => Assert.Equal((null, null), (p.Iban, p.Name)));
        Assert.All(payments, p => Assert.StartsWith("P-", p.Pseudonym));
        var staffView = await app.As("officer").GetAsync($"/api/requests/{requestId}");
        Assert.Equal(HttpStatusCode.OK, staffView.StatusCode);
        Assert.Null((await staffView.ReadJsonAsync())["recipient"]!["name"]);
        var wellbeing = await connection.QuerySingleAsync<int?>(
            "select i.wellbeing from check_ins i join schemes s on s.id = i.scheme_id where s.municipality_code = @municipality", new { municipality });
        Assert.Equal(4, wellbeing); // the score stays for the reports, without the person
    }

    /// <summary>Requests of the municipality that still hold a BSN: encrypted, or as the keyed hash it is found by.</summary>
    private async Task<long> BsnsHeldAsync(string municipality)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<long>("""
            select count(*) from requests r join schemes s on s.id = r.scheme_id
            where s.municipality_code = @municipality and (r.recipient_bsn_encrypted is not null or r.recipient_bsn_hash is not null)
            """, new { municipality });
    }

    private Task RunRetentionAsync() => app.Factory.Services.GetRequiredService<IRetentionJob>().RunAsync(CancellationToken.None);

    private sealed record Totals(long Requests, long PaidCents, long Payments, long BatchTotalCents, string Budget);

    private async Task<Totals> TotalsAsync(string municipality)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var totals = await connection.QuerySingleAsync<(long Requests, long PaidCents, long Payments, long BatchTotalCents)>("""
            select (select count(*) from requests r join schemes s on s.id = r.scheme_id where s.municipality_code = @municipality),
                (select coalesce(sum(p.amount_cents), 0)::bigint from payments p join payout_batches b on b.id = p.batch_id
                 where b.municipality_code = @municipality and p.status = 'paid'),
                (select count(*) from payments p join payout_batches b on b.id = p.batch_id where b.municipality_code = @municipality),
                (select coalesce(sum(total_cents), 0)::bigint from payout_batches where municipality_code = @municipality)
            """, new { municipality });
        var budget = await app.BudgetAsync(municipality);
        budget.Remove("currentAmountCents"); // recomputed with the clock; the money is what counts here
        return new Totals(totals.Requests, totals.PaidCents, totals.Payments, totals.BatchTotalCents, budget["lines"]!.ToJsonString());
    }

    /// <summary>Rows in any table of the service's schema whose text holds the value.</summary>
    private async Task<long> CountAsync(string needle) => (await TablesHoldingAsync(needle)).Sum(t => t.Rows);

    private async Task<List<(string Table, long Rows)>> TablesHoldingAsync(string needle)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        var tables = await connection.QueryAsync<string>(
            "select quote_ident(table_name) from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'");
        var found = new List<(string Table, long Rows)>();
        foreach (var table in tables)
        {
            var rows = await connection.QuerySingleAsync<long>(
                $"select count(*) from {table} t where strpos(lower(t::text), lower(@needle)) > 0", new { needle });
            if (rows > 0)
            {
                found.Add((table, rows));
            }
        }

        return found;
    }
}
