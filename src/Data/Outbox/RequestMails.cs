using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Domain;
using Waardering.Domain.Mail;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Outbox;

/// <summary>
/// A mail about a request as the officer handling it sees it: which mail, to whom (masked), when
/// it was written, sent or given up on, and the server's answer in one line. Never its model: it
/// may hold links and codes (MailSecret).
/// </summary>
public sealed record RequestMail(
    Guid Id, string Template, string To, OutboxStatus Status, Instant QueuedAt, Instant? SentAt, Instant? FailedAt, int Attempts, string? Error);

public static class RequestMails
{
    public static async Task<IReadOnlyList<RequestMail>> ForRequestAsync(NpgsqlDataSource dataSource, Guid requestId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(Guid Id, string Template, string ToAddress, string Status, Instant CreatedAt, Instant? SentAt,
            Instant? FailedAt, int Attempts, string? LastError)>(new CommandDefinition("""
            select id, template, to_address, status, created_at, sent_at, failed_at, attempts, last_error
            from outbox_mails where request_id = @requestId
            order by created_at, id
            """, new { requestId }, cancellationToken: cancellationToken));
        return rows.Select(r => new RequestMail(r.Id, r.Template, EmailAddress.Masked(r.ToAddress), Codes.Parse<OutboxStatus>(r.Status),
            r.CreatedAt, r.SentAt, r.FailedAt, r.Attempts, FailedMails.OneLine(r.LastError))).ToList();
    }
}
