using Dapper;
using Npgsql;
using Waardering.Data.Mail;
using Waardering.Domain.Mail;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Contact;

/// <summary>Stopping all contact when a caregiver's consent ends.</summary>
public sealed partial class ConsentStore
{
    /// <summary>
    /// Without consent no mail may leave: mails and letters waiting in the outboxes are cancelled, and open
    /// check-ins' links stop working. In the same transaction as the withdrawal, so a check-in
    /// that the Worker schedules either sees the consent (and is cancelled here) or does not.
    /// </summary>
    private static async Task StopContactAsync(NpgsqlTransaction transaction, Guid registerId, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        // A cancelled mail never leaves: it keeps no link or code either (MailSecrets).
        await connection.ExecuteAsync(new CommandDefinition($"""
            update outbox_mails set status = @cancelled, last_error = 'consent withdrawn', locked_until = null, model = {MailSecrets.BlankedModel}
            where register_id = @registerId and status = @pending;
            update outbox_letters set status = @letterCancelled, model = {MailSecrets.BlankedModelIn("outbox_letters")}
            where register_id = @registerId and status = @letterPending;
            """, new
            {
                registerId, cancelled = OutboxStatus.Cancelled.Code(), pending = OutboxStatus.Pending.Code(),
                letterCancelled = LetterStatus.Cancelled.Code(), letterPending = LetterStatus.Pending.Code(),
                secretTemplates = MailSecrets.Templates, secretKeys = MailSecrets.JsonKeys,
            }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            update check_ins set token_hash = null, reminder_token_hash = null
            where register_id = @registerId and answered_at is null
            """, new { registerId }, transaction, cancellationToken: cancellationToken));
    }
}
