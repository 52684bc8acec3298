using Dapper;
using Npgsql;
using Waardering.Domain.Mail;
using Waardering.Domain.Vocabulary;

namespace Waardering.Worker.Tests.Outbox;

/// <summary>
/// Where a test database's outbox stands. <see cref="ClaimedUnmarked"/> are the Message-IDs of the
/// mails a Worker claimed and has not yet marked sent or failed: it may have handed them to the
/// SMTP server already, so they are the only mails a crash may send twice.
/// </summary>
public sealed record OutboxProgress(int Sent, int NotSent, int NotSentWithoutError, int Failed, IReadOnlyList<string> ClaimedUnmarked)
{
    public static async Task<OutboxProgress> ReadAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var row = await connection.QuerySingleAsync<(int Sent, int NotSent, int NotSentWithoutError, int Failed, string[]? Claimed)>("""
            select count(*) filter (where status = @sent)::int,
                   count(*) filter (where status <> @sent)::int,
                   count(*) filter (where status <> @sent and (attempts = 0 or last_error is null))::int,
                   count(*) filter (where status = @failed)::int,
                   array_agg(message_id) filter (where status = @pending and locked_until is not null)
            from outbox_mails
            """, new { sent = OutboxStatus.Sent.Code(), failed = OutboxStatus.Failed.Code(), pending = OutboxStatus.Pending.Code() });
        return new OutboxProgress(row.Sent, row.NotSent, row.NotSentWithoutError, row.Failed, row.Claimed ?? []);
    }

    public override string ToString() =>
        $"{Sent} sent, {NotSent} not sent ({NotSentWithoutError} of them without a recorded attempt), {Failed} failed, " +
        $"{ClaimedUnmarked.Count} claimed and not marked";
}
