using Dapper;
using NodaTime;
using Waardering.Data.Audit;
using Waardering.Domain.Contact;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Contact;

/// <summary>An officer recording a caregiver's consent, given by phone or at the counter.</summary>
public sealed partial class ConsentStore
{
    /// <summary>
    /// Consent given or withdrawn by phone or at the counter, entered by an officer for a
    /// caregiver of a request. Recorded with source <see cref="ConsentSource.Staff"/>; the rest as through a link.
    /// </summary>
    public async Task<ConsentOutcome> RecordByStaffAsync(
        Guid requestId, int position, bool consent, Actor officer, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var caregiver = await connection.QuerySingleOrDefaultAsync<(string? Name, LocalDate? BirthDate, string? Email, string Language, string Municipality)?>(
            new CommandDefinition("""
                select c.name, c.birth_date, c.email, r.language, s.municipality_code
                from request_caregivers c join requests r on r.id = c.request_id join schemes s on s.id = r.scheme_id
                where c.request_id = @requestId and c.position = @position
                for update of c
                """, new { requestId, position }, transaction, cancellationToken: cancellationToken));
        if (caregiver is not { } c)
        {
            return ConsentOutcome.NotFound;
        }

        if (c.Name is null || c.BirthDate is null)
        {
            return ConsentOutcome.Unavailable; // the personal data have been removed
        }

        var entry = await RecordOwnAnswerAsync(transaction, new OwnAnswer(
            c.Municipality, CaregiverIdentity.Hash(protector, c.Name, c.BirthDate.Value), consent, ConsentSource.Staff, now, c.Name,
            c.BirthDate.Value, c.Email, c.Language, requestId, position), cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "update request_caregivers set register_id = @registerId where request_id = @requestId and position = @position",
            new { registerId = entry.Id, requestId, position }, transaction, cancellationToken: cancellationToken));
        await AuditLog.WriteAsync(connection, transaction, officer,
            consent ? "contact-consent-given" : "contact-consent-withdrawn", now, requestId,
            details: new { position, source = ConsentSource.Staff.Code() }, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return OutcomeOf(entry.Consent);
    }
}
