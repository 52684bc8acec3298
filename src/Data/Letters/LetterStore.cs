using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Mail;
using Waardering.Domain.Mail;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Letters;

/// <summary>A letter waiting to be printed, as the officers' print page lists it.</summary>
public sealed record WaitingLetter(Guid Id, string Template, string? ToName, string? Reference, Instant CreatedAt);

/// <summary>
/// The letter outbox for the officers who print: what waits, the waiting letters of a day (or all)
/// to print, and marking them printed. A selection is the municipality, the day (Amsterdam date of
/// writing, or every day) and the last letter the officer saw (ids grow with time, UUIDv7): a letter
/// written after the page was read is neither printed nor marked printed with them.
/// </summary>
public sealed class LetterStore(NpgsqlDataSource dataSource)
{
    private const string Selection = """
        l.municipality_code = @municipality and l.status = @pending and l.id <= @upTo
            and (cast(@day as date) is null or (l.created_at at time zone 'Europe/Amsterdam')::date = @day)
        """;

    public async Task<IReadOnlyList<WaitingLetter>> WaitingAsync(string municipality, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<WaitingLetter>(new CommandDefinition("""
            select l.id, l.template, l.to_name, r.reference, l.created_at
            from outbox_letters l left join requests r on r.id = l.request_id
            where l.municipality_code = @municipality and l.status = @pending
            order by l.id
            """, new { municipality, pending = LetterStatus.Pending.Code() }, cancellationToken: cancellationToken))).ToList();
    }

    public async Task<IReadOnlyList<StoredLetter>> ForPrintAsync(
        string municipality, LocalDate? day, Guid upTo, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<StoredLetter>(new CommandDefinition($"""
            select l.id, l.template, l.language, l.municipality_code, m.name as municipality_name, l.to_name, array_to_json(l.address_lines)::text as address_json,
                l.model::text as model, r.reference, l.created_at
            from outbox_letters l join municipalities m on m.code = l.municipality_code left join requests r on r.id = l.request_id
            where {Selection}
            order by l.id
            """, new { municipality, day, upTo, pending = LetterStatus.Pending.Code() }, cancellationToken: cancellationToken))).ToList();
    }

    /// <summary>
    /// Marks the selection printed, each letter on the audit trail with who printed it, in one
    /// transaction. Its codes and links leave the stored model, as a sent mail's do (<see cref="MailSecrets"/>).
    /// </summary>
    public async Task<int> MarkPrintedAsync(
        string municipality, LocalDate? day, Guid upTo, Actor staff, Instant now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var count = await connection.ExecuteAsync(new CommandDefinition($"""
            with printed as (
                update outbox_letters l set status = @printed, printed_at = @now, printed_by = @Name, printed_by_subject = @Subject,
                    model = {MailSecrets.BlankedModelIn("l")}
                where {Selection}
                returning l.id, l.request_id, l.template)
            insert into audit_events (occurred_at, actor, actor_subject, channel, action, request_id, details)
            select @now, @Name, @Subject, @Channel, 'letter-printed', request_id, jsonb_build_object('letterId', id, 'template', template)
            from printed
            """, new
            {
                municipality, day, upTo, pending = LetterStatus.Pending.Code(), printed = LetterStatus.Printed.Code(), now,
                staff.Name, staff.Subject, Channel = staff.Channel.Code(),
                secretTemplates = MailSecrets.Templates, secretKeys = MailSecrets.JsonKeys,
            }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return count;
    }
}
