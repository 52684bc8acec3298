using Dapper;
using NodaTime;
using Waardering.Data.Audit;
using Waardering.Data.Privacy;
using Waardering.Domain.Contact;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Contact;

/// <summary>The caregiver confirms, through the link mailed to the address on file, a change an application asked for.</summary>
public sealed partial class ConsentStore
{
    private sealed record HeldChange(
        Guid RegisterId, string Municipality, byte[] IdentityHash, bool Consent, string Name, LocalDate BirthDate, string? Email,
        string Language, Guid? RequestId, int? Position);

    /// <summary>
    /// Applies the held change as the caregiver's own answer in their application: Given, or
    /// Withdrawn when it stops contact; NotFound for a link that is unknown, used or expired.
    /// </summary>
    public async Task<ConsentOutcome> ConfirmChangeAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return ConsentOutcome.NotFound;
        }

        var now = clock.GetCurrentInstant();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var change = await connection.QuerySingleOrDefaultAsync<HeldChange>(new CommandDefinition("""
            update register_changes c set confirmed_at = @now
            from caregiver_register r
            where c.token_hash = @hash and c.confirmed_at is null and c.expires_at > @now and r.id = c.register_id
            returning c.register_id, r.municipality_code as municipality, r.identity_hash, c.consent, c.name, c.birth_date, c.email, c.language,
                c.request_id, c.position
            """, new { hash = SecretTokens.Hash(token), now }, transaction, cancellationToken: cancellationToken));
        if (change is null)
        {
            return ConsentOutcome.NotFound;
        }

        // The register takes name and address from the request; removed with it after retention.
        if (change is not { RequestId: { } requestId, Position: { } position })
        {
            return ConsentOutcome.Unavailable;
        }

        var entry = await RecordOwnAnswerAsync(transaction, new OwnAnswer(
            change.Municipality, change.IdentityHash, change.Consent, ConsentSource.Application, now, change.Name, change.BirthDate,
            change.Email, change.Language, requestId, position), cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "update request_caregivers set register_id = @RegisterId where request_id = @requestId and position = @position",
            new { change.RegisterId, requestId, position }, transaction, cancellationToken: cancellationToken));
        await AuditLog.WriteAsync(connection, transaction, Actor.Caregiver, "register-change-confirmed", now, change.RequestId,
            details: new { consent = entry.Consent.Code() }, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return OutcomeOf(entry.Consent);
    }
}
