using Dapper;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Waardering.Data.Retention;
using Waardering.Web.Tests.Contact;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Retention;

/// <summary>
/// Payments stay, pseudonymised, for the fiscal retention duty (<c>Retention:FinancialYears</c>,
/// 7 years after the scheme year) and then go; the batch's totals stay for the accounts.
/// </summary>
public sealed class FinancialRetentionTests(WebAppFixture app) : ClockPinnedTests(app.Clock), IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task RetentionJob_KeepsPseudonymisedPayments_UntilTheFinancialYearsAfterTheSchemeYearHaveEnded()
    {
        var municipality = await app.CreateSchemeAsync();
        await app.SubmitAndPayAsync(municipality, Bodies.Request(municipality, caregivers: 2));
        app.Clock.Reset(Instant.FromUtc(2029, 1, 1, 10, 0));
        await RunRetentionAsync();
        var pseudonymised = await PaymentsAsync(municipality);
        // Retention:FinancialYears is 7: the payments of 2026 are kept through 2033, the fiscal retention duty.
        app.Clock.Reset(Instant.FromUtc(2033, 12, 31, 10, 0));
        await RunRetentionAsync();
        var lastDay = await PaymentsAsync(municipality);
        app.Clock.Reset(Instant.FromUtc(2034, 1, 1, 10, 0));
        await RunRetentionAsync();

        Assert.Equal(2, pseudonymised.Count);
        Assert.All(pseudonymised, p => Assert.StartsWith("P-", p));
        Assert.Equal(pseudonymised, lastDay);
        Assert.Empty(await PaymentsAsync(municipality));
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        Assert.Equal(15_000, await connection.QuerySingleAsync<long>(
            "select total_cents from payout_batches where municipality_code = @municipality", new { municipality })); // the batch's total stays
    }

    /// <summary>The payee pseudonyms of the municipality's payments, in order.</summary>
    private async Task<List<string>> PaymentsAsync(string municipality)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        return (await connection.QueryAsync<string>("""
            select coalesce(p.payee_pseudonym, p.iban) from payments p join payout_batches b on b.id = p.batch_id
            where b.municipality_code = @municipality order by p.payee_pseudonym
            """, new { municipality })).ToList();
    }

    private Task RunRetentionAsync() => app.Factory.Services.GetRequiredService<IRetentionJob>().RunAsync(CancellationToken.None);
}
