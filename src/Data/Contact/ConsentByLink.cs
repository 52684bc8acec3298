using Dapper;
using NodaTime;
using Waardering.Data.Audit;
using Waardering.Data.Privacy;
using Waardering.Domain.Contact;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Contact;

/// <summary>A caregiver answering through the link in their mail.</summary>
public sealed partial class ConsentStore
{
    /// <summary>Whether a link works (null: not one we sent), so its page can say at once that it has expired.</summary>
    public async Task<bool?> IsLiveAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<bool?>(new CommandDefinition(
            "select created_at >= @oldest from consent_links where token_hash = @hash",
            new { hash = SecretTokens.Hash(token), oldest = OldestLiveLink(clock.GetCurrentInstant()) }, cancellationToken: cancellationToken));
    }

    private Instant OldestLiveLink(Instant now) => now - Duration.FromDays(contact.Value.ConsentLinkDays);

    /// <summary>The caregiver's answer through a mailed link: yes, no, or withdrawing an earlier yes.</summary>
    public async Task<ConsentOutcome> AnswerAsync(string? token, bool consent, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return ConsentOutcome.NotFound;
        }

        var now = clock.GetCurrentInstant();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var entry = await connection.QuerySingleOrDefaultAsync<(Guid Id, ConsentAnswer Consent, Guid? RequestId, int? Position, bool Live)?>(
            new CommandDefinition("""
                select r.id, r.consent, r.last_request_id, r.last_position, l.created_at >= @oldest as live
                from consent_links l join caregiver_register r on r.id = l.register_id
                where l.token_hash = @hash
                for update of r
                """, new { hash = SecretTokens.Hash(token), oldest = OldestLiveLink(now) }, transaction, cancellationToken: cancellationToken));
        if (entry is not { } e)
        {
            return ConsentOutcome.NotFound;
        }

        if (!e.Live)
        {
            return ConsentOutcome.Expired;
        }

        ConsentOutcome outcome;
        if (consent)
        {
            if (e.Consent == ConsentAnswer.Given)
            {
                return ConsentOutcome.Given;
            }

            var updated = await connection.ExecuteAsync(new CommandDefinition("""
                update caregiver_register r set consent = @given, consent_source = @mail, consent_at = @now,
                    name = c.name, birth_date = c.birth_date, email = c.email, language = q.language
                from request_caregivers c join requests q on q.id = c.request_id
                where r.id = @Id and c.request_id = r.last_request_id and c.position = r.last_position
                """, new { e.Id, now, given = ConsentAnswer.Given.Code(), mail = ConsentSource.Mail.Code() }, transaction,
                cancellationToken: cancellationToken));
            if (updated == 0)
            {
                return ConsentOutcome.Unavailable;
            }

            outcome = ConsentOutcome.Given;
        }
        else
        {
            var answer = ConsentRules.No(e.Consent);
            outcome = OutcomeOf(answer);
            await connection.ExecuteAsync(new CommandDefinition("""
                update caregiver_register set consent = @consent, consent_source = @mail, consent_at = @now,
                    name = null, birth_date = null, email = null
                where id = @Id
                """, new { e.Id, now, consent = answer.Code(), mail = ConsentSource.Mail.Code() }, transaction,
                cancellationToken: cancellationToken));
            await StopContactAsync(transaction, e.Id, cancellationToken);
        }

        await AuditLog.WriteAsync(connection, transaction, Actor.Caregiver,
            outcome == ConsentOutcome.Given ? "contact-consent-given" : "contact-consent-withdrawn", now, e.RequestId,
            cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }
}
