using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Domain;
using Waardering.Domain.Mail;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Outbox;

/// <summary>
/// A mail the Worker gave up on, as staff see it: which mail, to whom (masked) or for which
/// request, when, and the server's answer in one line. No model: it may hold links and codes.
/// </summary>
public sealed record FailedMail(
    Guid Id, string Template, string To, string? RequestReference, Instant? FailedAt, int Attempts, string? Error);

public sealed record FailedMailPage(int Page, int PageSize, int Total, IReadOnlyList<FailedMail> Items);

public enum ResendOutcome
{
    NotFound,

    /// <summary>Only a failed mail is sent again: a pending one is on its way, a sent one arrived, a cancelled one may not go.</summary>
    NotFailed,
    Pending,
}

/// <summary>
/// The outbox's failed mails for staff (DESIGN: permanent failures visible to staff), and their
/// resend: back to pending with a fresh set of attempts and the same Message-ID, on the trail.
/// </summary>
public sealed class FailedMails(NpgsqlDataSource dataSource)
{
    /// <summary>A line of the error is enough to tell a wrong address from a full mailbox.</summary>
    public const int ErrorLength = 200;

    public async Task<FailedMailPage> ReadAsync(string municipality, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var parameters = new { municipality, failed = OutboxStatus.Failed.Code(), offset = (page - 1) * pageSize, pageSize };
        const string where = "from outbox_mails o where o.status = @failed and o.municipality_code = @municipality";
        var total = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            $"select count(*)::int {where}", parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<(Guid Id, string Template, string ToAddress, string? Reference, Instant? FailedAt,
            int Attempts, string? LastError)>(new CommandDefinition($"""
            select o.id, o.template, o.to_address, (select r.reference from requests r where r.id = o.request_id),
                o.failed_at, o.attempts, o.last_error
            {where}
            order by o.failed_at desc nulls last, o.id
            offset @offset limit @pageSize
            """, parameters, cancellationToken: cancellationToken));
        var items = rows.Select(r => new FailedMail(r.Id, r.Template, EmailAddress.Masked(r.ToAddress), r.Reference, r.FailedAt,
            r.Attempts, OneLine(r.LastError))).ToList();
        return new FailedMailPage(page, pageSize, total, items);
    }

    /// <summary>
    /// Puts a failed mail back in the queue. Its attempts start again, so the
    /// usual retries with backoff apply; the Message-ID stays, so a receiver can tell a resend.
    /// </summary>
    public async Task<ResendOutcome> ResendAsync(Guid id, Actor staff, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var mail = await connection.QuerySingleOrDefaultAsync<(string Status, string Template, Guid? RequestId, string? LastError)?>(
            new CommandDefinition("""
                select status, template, request_id, last_error from outbox_mails
                where id = @id
                for update
                """, new { id }, transaction, cancellationToken: cancellationToken));
        if (mail is not { } m)
        {
            return ResendOutcome.NotFound;
        }

        if (m.Status != OutboxStatus.Failed.Code())
        {
            return ResendOutcome.NotFailed;
        }

        await connection.ExecuteAsync(new CommandDefinition("""
            update outbox_mails set status = @pending, attempts = 0, next_attempt_at = now(), locked_until = null, failed_at = null
            where id = @id
            """, new { id, pending = OutboxStatus.Pending.Code() }, transaction, cancellationToken: cancellationToken));
        await AuditLog.WriteAsync(connection, transaction, staff, "mail-resent", now, m.RequestId,
            details: new { mailId = id, template = m.Template, error = OneLine(m.LastError) }, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ResendOutcome.Pending;
    }

    internal static string? OneLine(string? error)
    {
        if (error is null)
        {
            return null;
        }

        var line = error.ReplaceLineEndings(" ").Trim();
        return line.Length <= ErrorLength ? line : line[..(ErrorLength - 1)] + "…";
    }
}
