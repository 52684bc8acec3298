using Dapper;
using Microsoft.Extensions.Options;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.Database;
using Waardering.Data.Links;
using Waardering.Data.Mail;
using Waardering.Data.Outbox;
using Waardering.Data.Privacy;
using Waardering.Data.Requests;
using Waardering.Domain;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.CoSigning;

public enum CoSignOutcome
{
    Confirmed,
    NotFound,
    WrongToken,

    /// <summary>Not waiting for a signature (already confirmed, expired or decided).</summary>
    NotWaiting,
}

/// <summary>
/// The recipient's confirmation of a caregiver's request, and the follow-up the Worker runs: one
/// reminder with a fresh link after the scheme's reminder days (on paper with a fresh code, <see cref="CoSignReminderLetters"/>),
/// expiry after its expiry days.
/// </summary>
public sealed class CoSignWorkflow(NpgsqlDataSource dataSource, OutboxWriter outbox, IOptions<LinkOptions> links, IClock clock)
    : ICoSignFollowUp
{
    // A constant of the statement, not a parameter: the partial index requests_awaiting_co_sign (0005) serves it.
    internal static readonly string AwaitingCoSignature = SqlCodes.Literal(RequestStatus.AwaitingCoSignature);

    public async Task<CoSignOutcome> ConfirmAsync(Guid requestId, string? token, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var request = await connection.QuerySingleOrDefaultAsync<(string Status, byte[]? Hash)?>(new CommandDefinition(
            "select status, co_sign_token_hash from requests where id = @requestId for update", new { requestId }, transaction,
            cancellationToken: cancellationToken));
        if (request is not { } r)
        {
            return CoSignOutcome.NotFound;
        }

        if (!SecretTokens.Matches(token, r.Hash))
        {
            return CoSignOutcome.WrongToken;
        }

        if (Codes.Parse<RequestStatus>(r.Status) != RequestStatus.AwaitingCoSignature)
        {
            return CoSignOutcome.NotWaiting;
        }

        var now = clock.GetCurrentInstant();
        await RequestTransitions.ChangeAsync(transaction, requestId, RequestStatus.AwaitingCoSignature, RequestStatus.Received,
            new TransitionEvent(Actor.Recipient, "co-signed", now), "co_sign_token_hash = null, co_sign_code_hash = null",
            cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CoSignOutcome.Confirmed;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var expired = await RequestTransitions.ChangeAllAsync(transaction, RequestStatus.AwaitingCoSignature, RequestStatus.Expired,
            "s.id = r.scheme_id and r.co_sign_requested_at + make_interval(days => s.co_sign_expiry_days) <= @now", new { now },
            new TransitionEvent(Actor.Worker, "co-sign-expired", now), joins: "schemes s", alsoSet: "co_sign_token_hash = null, co_sign_code_hash = null",
            cancellationToken: cancellationToken);
        await CoSignExpiry.TellApplicantsAsync(transaction, outbox, expired, links.Value.PublicBaseUrl, now, cancellationToken);

        var due = await connection.QueryAsync<(Guid Id, string Language, string Municipality, string MunicipalityName, int Year,
            string Reference, string RecipientName, string RecipientEmail, string CaregiverName, Instant RequestedAt, int ExpiryDays)>(
            new CommandDefinition($"""
                select r.id, r.language, s.municipality_code, m.name, s.year, r.reference, r.recipient_name, r.recipient_email,
                    c.name, r.co_sign_requested_at, s.co_sign_expiry_days
                from requests r join schemes s on s.id = r.scheme_id join municipalities m on m.code = s.municipality_code
                join request_caregivers c on c.request_id = r.id and c.position = 1
                where r.status = {AwaitingCoSignature} and r.co_sign_reminded_at is null and r.recipient_email is not null
                    and r.co_sign_requested_at + make_interval(days => s.co_sign_reminder_days) <= @now
                for update of r skip locked
                """, new { now }, transaction, cancellationToken: cancellationToken));
        foreach (var r in due)
        {
            // A fresh link: the first one's token is stored only as a hash and cannot be sent again.
            var token = SecretTokens.New();
            await connection.ExecuteAsync(new CommandDefinition(
                "update requests set co_sign_token_hash = @hash, co_sign_reminded_at = @now where id = @Id",
                new { hash = SecretTokens.Hash(token), now, r.Id }, transaction, cancellationToken: cancellationToken));
            var expiresOn = AmsterdamTime.DateOf(r.RequestedAt + Duration.FromDays(r.ExpiryDays));
            await outbox.AddAsync(transaction, new OutboxMail(CoSignMail.Template, r.Language, r.Municipality, r.RecipientEmail, r.RecipientName,
                CoSignMail.For(r.Language, r.RecipientName, r.CaregiverName, r.Reference, r.MunicipalityName, r.Year,
                    CoSignMail.ConfirmUrlFor(links.Value.PublicBaseUrl, r.Id, token, r.Language), expiresOn, reminder: true), r.Id),
                cancellationToken);
            await AuditLog.WriteAsync(connection, transaction, Actor.Worker, "co-sign-reminded", now, r.Id, cancellationToken: cancellationToken);
        }

        await CoSignReminderLetters.WriteAsync(transaction, links.Value.PublicBaseUrl, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}

/// <summary>The daily follow-up of unconfirmed requests; run by the Worker.</summary>
public interface ICoSignFollowUp
{
    Task RunAsync(CancellationToken cancellationToken);
}
