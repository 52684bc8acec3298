using Dapper;
using Microsoft.Extensions.Options;
using NodaTime;
using Npgsql;
using Waardering.Data.Audit;
using Waardering.Data.CoSigning;
using Waardering.Data.Database;
using Waardering.Data.Links;
using Waardering.Data.Privacy;
using Waardering.Data.Requests;
using Waardering.Domain.Requests;

namespace Waardering.Data.Contact;

/// <summary>The link a caregiver's mail carries: the consent question (<see cref="Question"/>) or the way to withdraw.</summary>
public sealed record ConsentLink(string Url, bool Question);

/// <summary>A caregiver's register entry, and the consent link their mail carries, if any.</summary>
public sealed record CaregiverConsent(Guid RegisterId, ConsentLink? Link);

public enum ConsentOutcome
{
    Given,
    Refused,
    Withdrawn,

    /// <summary>The link is not one we sent.</summary>
    NotFound,

    /// <summary>Consent cannot be given any more: the request that named the caregiver has been removed.</summary>
    Unavailable,
}

/// <summary>
/// A caregiver's consent to direct contact by the municipality. A caregiver who applies answers
/// in the request; one named in a recipient's request is asked once, in the confirmation mail
/// they get. Personal data of
/// a caregiver enter the register only with consent and leave it when consent is withdrawn.
/// </summary>
public sealed class ConsentStore(
    NpgsqlDataSource dataSource, PersonalDataProtector protector, IOptions<LinkOptions> links, IClock clock)
{
    /// <summary>
    /// Records the consent questions of a new request, inside the transaction that stores it and
    /// before its caregivers are written; the new links go with the batch. Returns, per caregiver
    /// position, their register entry and the link their confirmation mail carries: the question
    /// for one asked now, the way out for one who consented.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, CaregiverConsent>> RecordForRequestAsync(
        StatementBatch batch, NewRequest request, CancellationToken cancellationToken)
    {
        var transaction = batch.Transaction;
        var connection = transaction.Connection!;
        var result = new Dictionary<int, CaregiverConsent>();
        // In the order of the hash: two requests naming the same caregivers lock their register
        // rows in the same order, so they wait for each other instead of deadlocking.
        var ordered = request.Caregivers
            .Select(c => (Caregiver: c, Hash: CaregiverIdentity.Hash(protector, c.Name, c.BirthDate)))
            .OrderBy(c => Convert.ToHexString(c.Hash), StringComparer.Ordinal);
        foreach (var (caregiver, hash) in ordered)
        {
            // A caregiver who applies is listed first and answers in the request. One the
            // recipient named gets mail only if the recipient says they may be mailed.
            var applicant = request.SubmittedBy == Applicant.Caregiver && caregiver.Position == 1;
            var mailed = caregiver.Email is not null && (applicant || caregiver.ConsentToContact);
            var entry = applicant
                ? await RecordAnswerAsync(transaction, request, caregiver, hash, cancellationToken)
                : mailed
                    ? await RecordQuestionAsync(transaction, request, caregiver, hash, cancellationToken)
                    : await connection.QuerySingleOrDefaultAsync<Entry>(new CommandDefinition(
                        "select id, false as inserted, consent from caregiver_register where municipality_code = @MunicipalityCode and identity_hash = @hash",
                        new { request.MunicipalityCode, hash }, transaction, cancellationToken: cancellationToken));
            if (entry is null)
            {
                continue;
            }

            var asked = !applicant && entry.Inserted;
            ConsentLink? link = null;
            if (mailed && (asked || entry.Consent == "given"))
            {
                var token = ConsentLinks.Add(batch, entry.Id, request.SubmittedAt);
                link = new ConsentLink(ConsentLinks.Url(links.Value.PublicBaseUrl, token), asked);
            }

            result[caregiver.Position] = new CaregiverConsent(entry.Id, link);
        }

        return result;
    }

    private sealed record Entry(Guid Id, bool Inserted, string Consent);

    /// <summary>The applicant's own answer; it replaces an earlier one.</summary>
    private Task<Entry> RecordAnswerAsync(
        NpgsqlTransaction transaction, NewRequest request, NewCaregiver caregiver, byte[] hash, CancellationToken cancellationToken) =>
        RecordOwnAnswerAsync(transaction, new OwnAnswer(
            request.MunicipalityCode, hash, caregiver.ConsentToContact, "application", request.SubmittedAt, caregiver.Name,
            caregiver.BirthDate, caregiver.Email, request.Language, request.Id, caregiver.Position), cancellationToken);

    /// <summary>A caregiver's own yes or no, in their application or to an officer.</summary>
    private sealed record OwnAnswer(
        string Municipality, byte[] Hash, bool Given, string Source, Instant At, string Name, LocalDate BirthDate, string? Email,
        string Language, Guid RequestId, int Position);

    /// <summary>
    /// Records a caregiver's own answer over any earlier one. No after an earlier yes is a
    /// withdrawal: the register entry is emptied and waiting contact stops.
    /// </summary>
    private static async Task<Entry> RecordOwnAnswerAsync(NpgsqlTransaction transaction, OwnAnswer a, CancellationToken cancellationToken)
    {
        var before = await ConsentBeforeAsync(transaction, a.Municipality, a.Hash, cancellationToken);
        var consent = a.Given ? "given" : before is "given" or "withdrawn" ? "withdrawn" : "refused";
        var row = await transaction.Connection!.QuerySingleAsync<(Guid Id, bool Inserted)>(new CommandDefinition("""
            insert into caregiver_register (id, municipality_code, identity_hash, consent, consent_source, consent_at,
                name, birth_date, email, language, last_request_id, last_position)
            values (@newId, @Municipality, @Hash, @consent, @Source, @At, @name, @birthDate, @email, @Language, @RequestId, @Position)
            on conflict (municipality_code, identity_hash) do update set
                consent = excluded.consent, consent_source = excluded.consent_source, consent_at = excluded.consent_at,
                name = excluded.name, birth_date = excluded.birth_date, email = excluded.email, language = excluded.language,
                target_groups = case when excluded.consent = 'given' then caregiver_register.target_groups else '{}' end,
                last_request_id = excluded.last_request_id, last_position = excluded.last_position
            returning id, xmax = 0
            """, new
            {
                newId = Guid.CreateVersion7(), a.Municipality, a.Hash, consent, a.Source, a.At, a.Language, a.RequestId, a.Position,
                name = a.Given ? a.Name : null, birthDate = a.Given ? a.BirthDate : (LocalDate?)null, email = a.Given ? a.Email : null,
            }, transaction, cancellationToken: cancellationToken));
        if (before == "given" && !a.Given)
        {
            await StopContactAsync(transaction, row.Id, cancellationToken);
        }

        return new Entry(row.Id, row.Inserted, consent);
    }

    /// <summary>A caregiver the recipient named: asked once, so only a new entry is asked.</summary>
    private static Task<Entry> RecordQuestionAsync(
        NpgsqlTransaction transaction, NewRequest request, NewCaregiver caregiver, byte[] hash, CancellationToken cancellationToken) =>
        transaction.Connection!.QuerySingleAsync<Entry>(new CommandDefinition("""
            insert into caregiver_register (id, municipality_code, identity_hash, consent, consent_source, asked_at,
                language, last_request_id, last_position)
            values (@newId, @MunicipalityCode, @hash, 'asked', 'mail', @SubmittedAt, @Language, @requestId, @Position)
            on conflict (municipality_code, identity_hash) do update set
                last_request_id = excluded.last_request_id, last_position = excluded.last_position
            returning id, xmax = 0 as inserted, consent
            """, new
            {
                newId = Guid.CreateVersion7(), request.MunicipalityCode, hash, request.SubmittedAt, request.Language,
                requestId = request.Id, caregiver.Position,
            }, transaction, cancellationToken: cancellationToken));

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
        var entry = await connection.QuerySingleOrDefaultAsync<(Guid Id, string Consent, Guid? RequestId, int? Position)?>(
            new CommandDefinition("""
                select r.id, r.consent, r.last_request_id, r.last_position
                from consent_links l join caregiver_register r on r.id = l.register_id
                where l.token_hash = @hash
                for update of r
                """, new { hash = SecretTokens.Hash(token) }, transaction, cancellationToken: cancellationToken));
        if (entry is not { } e)
        {
            return ConsentOutcome.NotFound;
        }

        ConsentOutcome outcome;
        if (consent)
        {
            if (e.Consent == "given")
            {
                return ConsentOutcome.Given;
            }

            var updated = await connection.ExecuteAsync(new CommandDefinition("""
                update caregiver_register r set consent = 'given', consent_source = 'mail', consent_at = @now,
                    name = c.name, birth_date = c.birth_date, email = c.email, language = q.language
                from request_caregivers c join requests q on q.id = c.request_id
                where r.id = @Id and c.request_id = r.last_request_id and c.position = r.last_position
                """, new { e.Id, now }, transaction, cancellationToken: cancellationToken));
            if (updated == 0)
            {
                return ConsentOutcome.Unavailable;
            }

            outcome = ConsentOutcome.Given;
        }
        else
        {
            outcome = e.Consent is "given" or "withdrawn" ? ConsentOutcome.Withdrawn : ConsentOutcome.Refused;
            await connection.ExecuteAsync(new CommandDefinition("""
                update caregiver_register set consent = @consent, consent_source = 'mail', consent_at = @now,
                    name = null, birth_date = null, email = null, target_groups = '{}'
                where id = @Id
                """, new { e.Id, now, consent = outcome == ConsentOutcome.Withdrawn ? "withdrawn" : "refused" }, transaction,
                cancellationToken: cancellationToken));
            await StopContactAsync(transaction, e.Id, cancellationToken);
        }

        await AuditLog.WriteAsync(connection, transaction, Actor.Caregiver,
            outcome == ConsentOutcome.Given ? "contact-consent-given" : "contact-consent-withdrawn", now, e.RequestId,
            cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    /// <summary>
    /// Consent given or withdrawn by phone or at the counter, entered by an officer for a
    /// caregiver of a request. Recorded with source <c>staff</c>; the rest as through a link.
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
            c.Municipality, CaregiverIdentity.Hash(protector, c.Name, c.BirthDate.Value), consent, "staff", now, c.Name,
            c.BirthDate.Value, c.Email, c.Language, requestId, position), cancellationToken);
        var outcome = entry.Consent switch
        {
            "given" => ConsentOutcome.Given,
            "withdrawn" => ConsentOutcome.Withdrawn,
            _ => ConsentOutcome.Refused,
        };
        await connection.ExecuteAsync(new CommandDefinition(
            "update request_caregivers set register_id = @registerId where request_id = @requestId and position = @position",
            new { registerId = entry.Id, requestId, position }, transaction, cancellationToken: cancellationToken));
        await AuditLog.WriteAsync(connection, transaction, officer,
            consent ? "contact-consent-given" : "contact-consent-withdrawn", now, requestId,
            details: new { position, source = "staff" }, cancellationToken: cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    /// <summary>The consent recorded so far for this caregiver, if any; the row stays locked until the transaction ends.</summary>
    private static Task<string?> ConsentBeforeAsync(
        NpgsqlTransaction transaction, string municipality, byte[] hash, CancellationToken cancellationToken) =>
        transaction.Connection!.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "select consent from caregiver_register where municipality_code = @municipality and identity_hash = @hash for update",
            new { municipality, hash }, transaction, cancellationToken: cancellationToken));

    /// <summary>
    /// Without consent no mail may leave: mails waiting in the outbox are cancelled, and open
    /// check-ins' links stop working. In the same transaction as the withdrawal, so a check-in
    /// that the Worker schedules either sees the consent (and is cancelled here) or does not.
    /// </summary>
    private static async Task StopContactAsync(NpgsqlTransaction transaction, Guid registerId, CancellationToken cancellationToken)
    {
        var connection = transaction.Connection!;
        await connection.ExecuteAsync(new CommandDefinition("""
            update outbox_mails set status = 'cancelled', last_error = 'consent withdrawn', locked_until = null
            where register_id = @registerId and status = 'pending'
            """, new { registerId }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition("""
            update check_ins set token_hash = null, reminder_token_hash = null
            where register_id = @registerId and answered_at is null
            """, new { registerId }, transaction, cancellationToken: cancellationToken));
    }
}
