using Dapper;
using Npgsql;
using Waardering.Data.Database;
using Waardering.Data.Requests;
using Waardering.Domain.Contact;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Contact;

/// <summary>Recording consent with a new request: the applicant's answer, or the question to a caregiver the recipient named.</summary>
public sealed partial class ConsentStore
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
            // Without sign-in, an application cannot change a registered address or consent: the address on file confirms it.
            var held = applicant && request.EnteredBy is null
                ? await ChangeToHoldAsync(transaction, request.MunicipalityCode, hash, caregiver.ConsentToContact, caregiver.Email, cancellationToken)
                : null;
            var confirm = held is null ? null : await HoldChangeAsync(transaction, held, request, caregiver, cancellationToken);
            var entry = held is not null
                ? new Entry(held.Id, false, held.Consent)
                : applicant
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
            if (mailed && confirm is null && (asked || entry.Consent == ConsentAnswer.Given))
            {
                var token = ConsentLinks.Add(batch, entry.Id, request.SubmittedAt);
                link = new ConsentLink(ConsentLinks.Url(links.Value.PublicBaseUrl, token, request.Language), asked);
            }

            result[caregiver.Position] = new CaregiverConsent(entry.Id, link, confirm);
        }

        return result;
    }

    /// <summary>The applicant's own answer; it replaces an earlier one.</summary>
    private Task<Entry> RecordAnswerAsync(
        NpgsqlTransaction transaction, NewRequest request, NewCaregiver caregiver, byte[] hash, CancellationToken cancellationToken) =>
        RecordOwnAnswerAsync(transaction, new OwnAnswer(
            request.MunicipalityCode, hash, caregiver.ConsentToContact, ConsentSource.Application, request.SubmittedAt, caregiver.Name,
            caregiver.BirthDate, caregiver.Email, request.Language, request.Id, caregiver.Position), cancellationToken);

    /// <summary>A caregiver the recipient named: asked once, so only a new entry is asked.</summary>
    private static Task<Entry> RecordQuestionAsync(
        NpgsqlTransaction transaction, NewRequest request, NewCaregiver caregiver, byte[] hash, CancellationToken cancellationToken) =>
        transaction.Connection!.QuerySingleAsync<Entry>(new CommandDefinition("""
            insert into caregiver_register (id, municipality_code, identity_hash, consent, consent_source, asked_at,
                language, last_request_id, last_position)
            values (@newId, @MunicipalityCode, @hash, @asked, @mail, @SubmittedAt, @Language, @requestId, @Position)
            on conflict (municipality_code, identity_hash) do update set
                last_request_id = excluded.last_request_id, last_position = excluded.last_position
            returning id, xmax = 0 as inserted, consent
            """, new
            {
                newId = Guid.CreateVersion7(), request.MunicipalityCode, hash, request.SubmittedAt, request.Language,
                requestId = request.Id, caregiver.Position, asked = ConsentAnswer.Asked.Code(), mail = ConsentSource.Mail.Code(),
            }, transaction, cancellationToken: cancellationToken));
}
