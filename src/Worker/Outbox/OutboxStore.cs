using Dapper;
using Npgsql;
using Waardering.Data.Database;
using Waardering.Data.Mail;
using Waardering.Domain.Mail;
using Waardering.Domain.Vocabulary;

namespace Waardering.Worker.Outbox;

/// <summary>
/// The outbox's states in SQL. Times are the database's own <c>now()</c>, not the application's
/// clock: retry intervals are operational time, also when Development pins the clock.
/// </summary>
public sealed class OutboxStore(NpgsqlDataSource dataSource)
{
    /// <summary>How much of an SMTP error is kept on the row: enough to read the server's answer, never a whole transcript.</summary>
    public const int MaxErrorLength = 500;

    /// <summary>
    /// Claims due mails for a while. SKIP LOCKED lets several Workers claim at once without taking
    /// the same mail; a Worker that dies leaves its claim to expire.
    /// </summary>
    public async Task<IReadOnlyList<ClaimedMail>> ClaimDueAsync(int limit, int claimSeconds, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // The pending status as a literal: the partial index outbox_mails_due depends on it.
        var rows = await connection.QueryAsync<ClaimedMail>(new CommandDefinition($"""
            with due as (
                select id from outbox_mails
                where status = {SqlCodes.Literal(OutboxStatus.Pending)} and next_attempt_at <= now() and (locked_until is null or locked_until < now())
                order by next_attempt_at
                limit @limit
                for update skip locked)
            update outbox_mails o set locked_until = now() + make_interval(secs => @claimSeconds)
            from due where o.id = due.id
            returning o.id, o.template, o.language, o.municipality_code, o.to_address, o.to_name, o.model::text as model,
                o.message_id, o.attempts
            """, new { limit, claimSeconds }, cancellationToken: cancellationToken));
        return rows.ToList();
    }

    /// <summary>
    /// Sent, and in the same statement the model's links with tokens and voucher codes are blanked
    /// (<see cref="MailSecrets"/>): what staff need (template, to whom, when, status) stays.
    /// </summary>
    public Task MarkSentAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken) => ExecuteAsync($"""
        update outbox_mails set status = @sent, sent_at = now(), attempts = attempts + 1, locked_until = null, last_error = null,
            model = {MailSecrets.BlankedModel}
        where id = any(@ids)
        """, new
        {
            ids = ids.ToArray(), sent = OutboxStatus.Sent.Code(), secretTemplates = MailSecrets.Templates, secretKeys = MailSecrets.JsonKeys,
        }, cancellationToken);

    /// <summary>Backoff doubling per attempt (by default 10 s up to 10 minutes); failed after the last attempt.</summary>
    public Task RetryLaterAsync(Guid id, string error, RetryPolicy retry, CancellationToken cancellationToken) => ExecuteAsync("""
        update outbox_mails set
            attempts = attempts + 1,
            status = case when attempts + 1 >= @MaxAttempts then @failed else @pending end,
            failed_at = case when attempts + 1 >= @MaxAttempts then now() end,
            next_attempt_at = now() + make_interval(secs => least(@MaxSeconds, @BaseSeconds * power(2, attempts))),
            last_error = left(@error, @MaxErrorLength), locked_until = null
        where id = @id
        """, new
        {
            id, error, retry.MaxAttempts, retry.BaseSeconds, retry.MaxSeconds, MaxErrorLength,
            failed = OutboxStatus.Failed.Code(), pending = OutboxStatus.Pending.Code(),
        }, cancellationToken);

    /// <summary>
    /// Gives claimed, unsent mails back at once, as they were: no attempt counted, no backoff. For a
    /// Worker that stops cleanly; one that dies leaves its claim to expire.
    /// </summary>
    public Task ReleaseAsync(IReadOnlyList<Guid> ids, CancellationToken cancellationToken) => ids.Count == 0
        ? Task.CompletedTask
        : ExecuteAsync("""
            update outbox_mails set locked_until = null
            where id = any(@ids) and status = @pending
            """, new { ids = ids.ToArray(), pending = OutboxStatus.Pending.Code() }, cancellationToken);

    public Task FailAsync(Guid id, string error, CancellationToken cancellationToken) => ExecuteAsync("""
        update outbox_mails set status = @failed, attempts = attempts + 1, last_error = left(@error, @MaxErrorLength), locked_until = null,
            failed_at = now()
        where id = @id
        """, new { id, error, MaxErrorLength, failed = OutboxStatus.Failed.Code() }, cancellationToken);

    private async Task ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }
}

public sealed record RetryPolicy(int BaseSeconds, int MaxSeconds, int MaxAttempts);
