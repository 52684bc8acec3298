using System.Net;
using Dapper;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Payouts;

/// <summary>
/// Building a batch and changing an IBAN lock the same rows in the same order: a batch built while
/// a change commits carries the IBAN as changed, never the one just replaced.
/// </summary>
public sealed class BatchLockTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Build_WhileAnIbanChangeCommits_WaitsAndCarriesTheNewIban()
    {
        var (municipality, requests) = await app.ApprovedAwardsAsync();
        var id = Guid.Parse(requests[0]);
        await using var change = await app.Database.DataSource.OpenConnectionAsync();
        await using var transaction = await change.BeginTransactionAsync();
        // What a confirmation writes, in its order: the request's row, then the caregiver's.
        await change.ExecuteAsync("""
            select 1 from requests where id = @id for update;
            update request_caregivers set iban = @iban where request_id = @id and position = 1;
            """, new { id, iban = PayoutHelpers.NewIban }, transaction);

        var build = app.As("officer", "carl").BuildBatchAsync(municipality);
        await WaitForABlockedStatementAsync();
        await transaction.CommitAsync();

        Assert.Equal(HttpStatusCode.Created, (await build).StatusCode);
        Assert.Equal(PayoutHelpers.NewIban, (await app.PaymentsAsync(municipality)).Single().Iban);
    }

    [Fact]
    public async Task ProposalsAndBuildsAtOnce_NeverLeaveAPendingChangeBesideAPaymentOfTheOldIban()
    {
        for (var round = 0; round < 8; round++)
        {
            var (municipality, requests) = await app.ApprovedAwardsAsync();
            var propose = app.AsSubject("officer", "s-anna", "Anna Jansen").ProposeIbanAsync(requests[0]);
            var build = app.AsSubject("officer", "s-carl", "Carl Bos").BuildBatchAsync(municipality);
            await Task.WhenAll(propose, build);

            var payments = await app.PaymentsAsync(municipality);
            if ((await propose).StatusCode == HttpStatusCode.Accepted)
            {
                Assert.Equal(HttpStatusCode.UnprocessableEntity, (await build).StatusCode);
                Assert.Empty(payments);
            }
            else
            {
                Assert.Equal(HttpStatusCode.Conflict, (await propose).StatusCode);
                Assert.Equal("NL91ABNA0417164300", Assert.Single(payments).Iban);
            }
        }
    }

    /// <summary>Until the batch's statement waits on the row lock held here (this fixture's database only).</summary>
    private async Task WaitForABlockedStatementAsync()
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        for (var i = 0; i < 200; i++)
        {
            if (await connection.ExecuteScalarAsync<bool>(
                    "select exists (select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock')"))
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail("The batch was built without waiting for the IBAN change's lock.");
    }
}
