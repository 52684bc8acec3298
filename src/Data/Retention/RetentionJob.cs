using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Payouts;
using Waardering.Data.PersonalData;
using Waardering.Data.Privacy;
using Waardering.Domain;

namespace Waardering.Data.Retention;

/// <summary>Removes personal data whose retention period has passed; run daily by the Worker.</summary>
public interface IRetentionJob
{
    Task RunAsync(CancellationToken cancellationToken);
}

public sealed class RetentionJob(
    NpgsqlDataSource dataSource, PersonalDataProtector protector, IOptions<RetentionOptions> options, IClock clock,
    ILogger<RetentionJob> logger) : IRetentionJob
{
    /// <summary>Requests per transaction: short transactions, so intake and casework never wait long.</summary>
    private const int ChunkSize = 500;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var today = AmsterdamTime.DateOf(now);
        var months = options.Value.Months;
        // A scheme year ends on 31 December; its data go once that day plus the period has passed.
        var lastExpiredYear = today.PlusMonths(-months).Year - 1;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var schemes = await connection.QueryAsync<(long Id, string Municipality, int Year)>(new CommandDefinition("""
            select s.id, s.municipality_code, s.year from schemes s
            where s.year <= @lastExpiredYear
                and exists (select 1 from requests r where r.scheme_id = s.id and r.personal_data_removed_at is null)
            """, new { lastExpiredYear }, cancellationToken: cancellationToken));
        foreach (var scheme in schemes)
        {
            var removed = await EraseSchemeAsync(connection, scheme.Id, now, cancellationToken);
            logger.LogInformation("Removed the personal data of {Count} requests of {Municipality} {Year}", removed, scheme.Municipality, scheme.Year);
        }

        var cutoff = now - Duration.FromDays(months * 30.44);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Register entries whose every request has gone, and who were last heard of before the
        // cutoff: consent lapses with the data it was given for.
        var lapsed = await connection.ExecuteAsync(new CommandDefinition("""
            delete from caregiver_register g
            where coalesce(g.consent_at, g.asked_at) < @cutoff
                and not exists (select 1 from request_caregivers c join requests r on r.id = c.request_id
                                where c.register_id = g.id and r.personal_data_removed_at is null)
            """, new { cutoff }, transaction, cancellationToken: cancellationToken));
        // Mails not tied to a request (budget alerts) hold names and addresses too; one still
        // pending after the whole period will never be sent.
        var mails = await connection.ExecuteAsync(new CommandDefinition(
            "delete from outbox_mails where created_at < @cutoff",
            new { cutoff }, transaction, cancellationToken: cancellationToken));
        var lastFinancialYear = today.Year - 1 - options.Value.FinancialYears;
        var payments = await connection.ExecuteAsync(new CommandDefinition("""
            delete from payments p using payout_batches b
            where b.id = p.batch_id and b.year <= @lastFinancialYear
            """, new { lastFinancialYear }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Retention: {Lapsed} register entries, {Mails} old mails and {Payments} payments past the financial period removed",
            lapsed, mails, payments);
    }

    private async Task<int> EraseSchemeAsync(NpgsqlConnection connection, long schemeId, Instant now, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // Not while a batch of the scheme is being built: it would carry IBANs removed here, beside payments already pseudonymised.
            await PayoutLock.ShareForSchemeAsync(transaction, schemeId, cancellationToken);
            var ids = (await connection.QueryAsync<Guid>(new CommandDefinition("""
                select id from requests where scheme_id = @schemeId and personal_data_removed_at is null
                order by id limit @ChunkSize for update skip locked
                """, new { schemeId, ChunkSize }, transaction, cancellationToken: cancellationToken))).ToList();
            if (ids.Count == 0)
            {
                return total;
            }

            await PersonalDataEraser.EraseRequestsAsync(transaction, ids, protector, now, cancellationToken);
            await AuditLog.WriteAsync(connection, transaction, Actor.Worker, "personal-data-removed", now,
                details: new { schemeId, requests = ids.Count, reason = "retention" }, cancellationToken: cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            total += ids.Count;
        }
    }
}
