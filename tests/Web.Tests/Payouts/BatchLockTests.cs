using System.Net;
using Dapper;
using Waardering.Data.Payouts;
using Waardering.Web.Tests.Infrastructure;

namespace Waardering.Web.Tests.Payouts;

/// <summary>
/// Building a batch and changing an IBAN take turns on the scheme's payout lock
/// (<see cref="PayoutLock"/>): a batch built while a change commits carries the IBAN as changed,
/// never the one just replaced, and never an award whose change waits for a second officer.
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
        // What a confirmation writes, in its order: the payout lock shared, then the caregiver's row.
        await PayoutLock.ShareForRequestAsync(transaction, id, CancellationToken.None);
        await change.ExecuteAsync("update request_caregivers set iban = @iban where request_id = @id and position = 1",
            new { id, iban = PayoutHelpers.NewIban }, transaction);

        var build = app.As("officer", "carl").BuildBatchAsync(municipality);
        await WaitForBlockedStatementsAsync(1);
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

    [Fact]
    public async Task Build_WhileAProposalIsHalfWritten_WaitsForItAndLeavesTheAwardOut()
    {
        var (municipality, requests) = await app.ApprovedAwardsAsync();
        // The trail is held here, so the proposal stops at its last statement, with its pending flag written but not committed.
        await using var holder = await app.Database.DataSource.OpenConnectionAsync();
        await using var hold = await holder.BeginTransactionAsync();
        await holder.ExecuteAsync("lock table audit_events in share mode", transaction: hold);
        var propose = app.AsSubject("officer", "s-anna", "Anna Jansen").ProposeIbanAsync(requests[0]);
        await WaitForBlockedStatementsAsync(1);

        var build = app.AsSubject("officer", "s-carl", "Carl Bos").BuildBatchAsync(municipality);
        await WaitForBlockedStatementsAsync(2);
        await hold.CommitAsync();

        Assert.Equal(HttpStatusCode.Accepted, (await propose).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await build).StatusCode);
        Assert.Empty(await app.PaymentsAsync(municipality));
    }

    [Fact]
    public async Task WhatAPaymentNames_CannotBeDeleted()
    {
        var (municipality, requests) = await app.ApprovedAwardsAsync();
        Assert.Equal(HttpStatusCode.Created, (await app.As("officer", "carl").BuildBatchAsync(municipality)).StatusCode);
        var id = Guid.Parse(requests[0]);
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();

        // Payments keep no foreign keys of their own (db/migrations/0033): the trail and the award's charges hold these rows.
        foreach (var delete in new[]
                 {
                     "delete from request_caregivers where request_id = @id",
                     "delete from requests where id = @id",
                     "delete from payout_batches where id = (select batch_id from payments where request_id = @id)",
                 })
        {
            var refused = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => connection.ExecuteAsync(delete, new { id }));
            Assert.Equal(Npgsql.PostgresErrorCodes.ForeignKeyViolation, refused.SqlState);
        }

        Assert.Single(await app.PaymentsAsync(municipality));
    }

    /// <summary>Until this many statements wait on a lock (this fixture's database only).</summary>
    private async Task WaitForBlockedStatementsAsync(int count)
    {
        await using var connection = await app.Database.DataSource.OpenConnectionAsync();
        for (var i = 0; i < 200; i++)
        {
            if (await connection.ExecuteScalarAsync<bool>(
                    "select count(*) >= @count from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
                    new { count }))
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"Fewer than {count} statements waited on a lock.");
    }
}
