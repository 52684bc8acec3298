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
    /// for one asked now, the way out for one who consented. The entries <paramref name="ahead"/>
    /// wrote with the request are taken as they are.
    /// </summary>
    internal async Task<IReadOnlyDictionary<int, CaregiverConsent>> RecordForRequestAsync(
        StatementBatch batch, NewRequest request, RegisterEntriesAhead? ahead, CancellationToken cancellationToken)
    {
        var transaction = batch.Transaction;
        var connection = transaction.Connection!;
        var result = new Dictionary<int, CaregiverConsent>();
        foreach (var (caregiver, hash) in ahead?.InLockOrder ?? InLockOrder(request))
        {
            var applicant = IsApplicant(request, caregiver);
            var mailed = Mailed(request, caregiver);
            // Without sign-in, an application cannot change a registered address or consent: the address on file confirms it.
            var held = applicant && request.EnteredBy is null
                ? await ChangeToHoldAsync(transaction, request.MunicipalityCode, hash, caregiver.ConsentToContact, caregiver.Email, cancellationToken)
                : null;
            var confirm = held is null ? null : await HoldChangeAsync(transaction, held, request, caregiver, cancellationToken);
            var entry = held is not null
                ? new Entry(held.Id, false, held.Consent)
                : applicant
                ? await RecordAnswerAsync(transaction, request, caregiver, hash, cancellationToken)
                : ahead is not null && ahead.TryGet(caregiver.Position, out var written)
                ? written
                : mailed
                    ? await RecordQuestionAsync(transaction, request, caregiver, hash, cancellationToken)
                    : await connection.QuerySingleOrDefaultAsync<Entry>(new CommandDefinition(
                        FindEntrySql,
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

    /// <summary>
    /// The caregivers with their identity hash, in the order of the hash: two requests naming the
    /// same caregivers lock their register rows in the same order, so they wait for each other
    /// instead of deadlocking.
    /// </summary>
    internal IEnumerable<(NewCaregiver Caregiver, byte[] Hash)> InLockOrder(NewRequest request) =>
        request.Caregivers
            .Select(c => (Caregiver: c, Hash: CaregiverIdentity.Hash(protector, c.Name, c.BirthDate)))
            .OrderBy(c => Convert.ToHexString(c.Hash), StringComparer.Ordinal);

    /// <summary>A caregiver who applies is listed first and answers in the request.</summary>
    internal static bool IsApplicant(NewRequest request, NewCaregiver caregiver) =>
        request.SubmittedBy == Applicant.Caregiver && caregiver.Position == 1;

    /// <summary>One the recipient named gets mail only if the recipient says they may be mailed.</summary>
    internal static bool Mailed(NewRequest request, NewCaregiver caregiver) =>
        caregiver.Email is not null && (IsApplicant(request, caregiver) || caregiver.ConsentToContact);

    /// <summary>The applicant's own answer; it replaces an earlier one.</summary>
    private Task<Entry> RecordAnswerAsync(
        NpgsqlTransaction transaction, NewRequest request, NewCaregiver caregiver, byte[] hash, CancellationToken cancellationToken) =>
        RecordOwnAnswerAsync(transaction, new OwnAnswer(
            request.MunicipalityCode, hash, caregiver.ConsentToContact, ConsentSource.Application, request.SubmittedAt, caregiver.Name,
            caregiver.BirthDate, caregiver.Email, request.Language, request.Id, caregiver.Position), cancellationToken);

    /// <summary>A caregiver the recipient named: asked once, so only a new entry is asked.</summary>
    private static Task<Entry> RecordQuestionAsync(
        NpgsqlTransaction transaction, NewRequest request, NewCaregiver caregiver, byte[] hash, CancellationToken cancellationToken) =>
        transaction.Connection!.QuerySingleAsync<Entry>(new CommandDefinition(AskOnceSql, new
            {
                newId = Guid.CreateVersion7(), request.MunicipalityCode, hash, request.SubmittedAt, request.Language,
                requestId = request.Id, caregiver.Position, asked = ConsentAnswer.Asked.Code(), mail = ConsentSource.Mail.Code(),
            }, transaction, cancellationToken: cancellationToken));

    /// <summary>
    /// The entry of a caregiver the recipient named, asked by mail when it is new. It is written
    /// only with its request: in a batch it may follow an insert of the request that wrote nothing.
    /// </summary>
    internal const string AskOnceSql = """
        insert into caregiver_register (id, municipality_code, identity_hash, consent, consent_source, asked_at,
            language, last_request_id, last_position)
        select @newId, @MunicipalityCode, @hash, @asked, @mail, @SubmittedAt, @Language, @requestId, @Position
        where exists (select from requests where id = @requestId)
        on conflict (municipality_code, identity_hash) do update set
            last_request_id = excluded.last_request_id, last_position = excluded.last_position
        returning id, xmax = 0 as inserted, consent
        """;

    /// <summary>The entry of a caregiver who gets no mail, when there is one.</summary>
    internal const string FindEntrySql =
        "select id, false as inserted, consent from caregiver_register where municipality_code = @MunicipalityCode and identity_hash = @hash";
}
