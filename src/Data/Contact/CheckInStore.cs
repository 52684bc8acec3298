using System.Diagnostics.CodeAnalysis;
using Dapper;
using Microsoft.Extensions.Options;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Privacy;
using Waardering.Domain.Contact;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Contact;

/// <summary>One check-in as staff see it in their list, to phone those who did not answer.</summary>
public sealed record CheckInSummary(
    Guid Id, string? Reference, string? CaregiverName, Instant SentAt, Instant? RemindedAt, Instant ExpiresAt,
    Instant? AnsweredAt, string? AnsweredBy, bool MayContact);

/// <summary>
/// Answers to the check-in: by the caregiver through their link (until it expires), or by an
/// officer after a phone call. Each check-in is answered once.
/// </summary>
public sealed class CheckInStore(NpgsqlDataSource dataSource, CheckInFollowUp followUp, IOptions<ContactOptions> options, IClock clock)
{
    private sealed record Open(Guid Id, Guid? RegisterId, Guid? RequestId, Instant ExpiresAt, Instant? AnsweredAt);

    private const string SelectOpen = "select id, register_id, request_id, expires_at, answered_at from check_ins";
    private const string ByToken = "token_hash = @hash or reminder_token_hash = @hash";

    /// <summary>What the link's page should show: the form (<see cref="CheckInOutcome.Stored"/>), or why it cannot be answered.</summary>
    public async Task<CheckInOutcome> LinkStateAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return CheckInOutcome.NotFound;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var open = await connection.QuerySingleOrDefaultAsync<Open>(new CommandDefinition(
            $"{SelectOpen} where {ByToken}", new { hash = SecretTokens.Hash(token) }, cancellationToken: cancellationToken));
        return Refused(open, checkExpiry: true, clock.GetCurrentInstant(), out var refusal) ? refusal : CheckInOutcome.Stored;
    }

    /// <summary>Whether a check-in cannot be answered now, and why.</summary>
    private static bool Refused([NotNullWhen(false)] Open? open, bool checkExpiry, Instant now, out CheckInOutcome refusal)
    {
        refusal = open switch
        {
            null => CheckInOutcome.NotFound,
            { AnsweredAt: not null } => CheckInOutcome.AlreadyAnswered,
            _ when checkExpiry && open.ExpiresAt <= now => CheckInOutcome.Expired,
            _ => CheckInOutcome.Stored,
        };
        return refusal != CheckInOutcome.Stored;
    }

    public Task<CheckInOutcome> AnswerByLinkAsync(string? token, CheckInAnswer answer, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(token) || token.Length > 100
            ? Task.FromResult(CheckInOutcome.NotFound)
            : AnswerAsync(ByToken, new { hash = SecretTokens.Hash(token) }, answer,
                Actor.Caregiver, checkExpiry: true, cancellationToken);

    /// <summary>Entered by an officer after a phone call; also after the link expired.</summary>
    public Task<CheckInOutcome> AnswerByStaffAsync(Guid id, CheckInAnswer answer, Actor officer, CancellationToken cancellationToken) =>
        AnswerAsync("id = @id", new { id }, answer, officer, checkExpiry: false, cancellationToken);

    private async Task<CheckInOutcome> AnswerAsync(
        string where, object key, CheckInAnswer answer, Actor actor, bool checkExpiry, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var open = await connection.QuerySingleOrDefaultAsync<Open>(new CommandDefinition(
            $"{SelectOpen} where {where} for update", key, transaction, cancellationToken: cancellationToken));
        if (Refused(open, checkExpiry, now, out var refusal))
        {
            return refusal;
        }

        var heavy = options.Value.HeavyOverload.Applies(answer.Wellbeing, answer.Signals);
        await connection.ExecuteAsync(new CommandDefinition("""
            update check_ins set answered_at = @now, answered_by = @answeredBy, wellbeing = @Wellbeing, signals = @Signals,
                contact_wish = @ContactWish, contact_when = @ContactWhen, phone = @Phone, keep_informed = @KeepInformed,
                remarks = @Remarks, heavy_overload = @heavy
            where id = @Id
            """, new
            {
                now, answeredBy = actor.Name, answer.Wellbeing, Signals = answer.Signals.ToArray(), ContactWish = answer.ContactWish.Code(),
                answer.ContactWhen, answer.Phone, answer.KeepInformed, answer.Remarks, heavy, open.Id,
            }, transaction, cancellationToken: cancellationToken));
        await CaregiverYearAnswers.StoreAsync(transaction, open.Id, answer, now, cancellationToken);
        var outcome = await followUp.FollowAsync(transaction, open.Id, answer.ContactWish, heavy, now, cancellationToken);

        // The trail records that it was answered and what followed, never the answers themselves.
        await AuditLog.WriteAsync(connection, transaction, actor, "check-in-answered", now, open.RequestId,
            details: new { referred = outcome == CheckInOutcome.Referred, supportOffered = outcome == CheckInOutcome.SupportOffered },
            cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    /// <summary>
    /// The check-ins of a scheme year with the caregivers' names, optionally only those whose
    /// caregiver's name contains <paramref name="name"/> (an officer on the phone) or of one
    /// request. The read is on the audit trail, which records that a filter was used, not the name.
    /// </summary>
    public async Task<IReadOnlyList<CheckInSummary>> ListAsync(
        string municipality, int year, string? name, string? reference, Actor staff, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await AuditLog.WriteAsync(connection, null, staff, "check-ins-read", clock.GetCurrentInstant(),
            details: new { municipality, year, filtered = name is not null || reference is not null }, cancellationToken: cancellationToken);
        var rows = await connection.QueryAsync<CheckInSummary>(new CommandDefinition("""
            select i.id, r.reference, coalesce(g.name, c.name) as caregiver_name, i.sent_at, i.reminded_at, i.expires_at,
                i.answered_at, i.answered_by, coalesce(g.consent = @given, false) as may_contact
            from check_ins i join schemes s on s.id = i.scheme_id
            left join caregiver_register g on g.id = i.register_id
            left join requests r on r.id = i.request_id
            left join request_caregivers c on c.request_id = i.request_id and c.position = i.caregiver_position
            where s.municipality_code = @municipality and s.year = @year
                and (@pattern::text is null or coalesce(g.name, c.name) ilike @pattern)
                and (@reference::text is null or r.reference = @reference)
            order by i.sent_at, i.id
            """, new { municipality, year, pattern = name is null ? null : $"%{EscapeLike(name)}%", reference, given = ConsentAnswer.Given.Code() },
            cancellationToken: cancellationToken));
        return rows.ToList();
    }

    /// <summary>The name is matched as typed: % and _ are letters here, not wildcards.</summary>
    private static string EscapeLike(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
