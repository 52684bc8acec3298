using Npgsql;
using Waardering.Data.Database;
using Waardering.Data.Requests;
using Waardering.Domain.Contact;
using Waardering.Domain.Requests;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Contact;

/// <summary>
/// The register entries of the caregivers a recipient named, written in the round trip that
/// inserts their request instead of one round trip each after it (bench/intake.sh). Each statement
/// writes only when the request was inserted before it in the same batch, and they run in the
/// order of the hash, as <see cref="ConsentStore.RecordForRequestAsync"/> locks them. Not for a
/// request a caregiver submits: their own answer reads their entry first.
/// </summary>
internal sealed class RegisterEntriesAhead
{
    private readonly NewRequest _request;
    private readonly IReadOnlyList<(NewCaregiver Caregiver, byte[] Hash)> _ordered;
    private readonly Dictionary<int, ConsentStore.Entry?> _entries = [];

    private RegisterEntriesAhead(NewRequest request, IEnumerable<(NewCaregiver, byte[])> ordered)
    {
        _request = request;
        _ordered = ordered.ToList();
    }

    /// <summary>The statements for <paramref name="request"/>'s caregivers, or null when they cannot be written ahead.</summary>
    public static RegisterEntriesAhead? For(NewRequest request, ConsentStore consents) =>
        request.SubmittedBy == Applicant.Caregiver ? null : new RegisterEntriesAhead(request, consents.InLockOrder(request));

    /// <summary>The caregivers with their identity hash in the order their entries are locked.</summary>
    public IReadOnlyList<(NewCaregiver Caregiver, byte[] Hash)> InLockOrder => _ordered;

    public void AddTo(NpgsqlBatch batch)
    {
        foreach (var (caregiver, hash) in _ordered)
        {
            batch.BatchCommands.Add(ConsentStore.Mailed(_request, caregiver)
                ? StatementBatch.Command(ConsentStore.AskOnceSql,
                    ("newId", Guid.CreateVersion7()), ("MunicipalityCode", _request.MunicipalityCode), ("hash", hash),
                    ("asked", ConsentAnswer.Asked.Code()), ("mail", ConsentSource.Mail.Code()), ("SubmittedAt", _request.SubmittedAt),
                    ("Language", _request.Language), ("requestId", _request.Id), ("Position", caregiver.Position))
                : StatementBatch.Command(ConsentStore.FindEntrySql, ("MunicipalityCode", _request.MunicipalityCode), ("hash", hash)));
        }
    }

    /// <summary>Reads the entries, the reader on the first statement's results; at the end it stands past the last.</summary>
    public async Task ReadAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        foreach (var (caregiver, _) in _ordered)
        {
            await reader.NextResultAsync(cancellationToken);
            _entries[caregiver.Position] = await reader.ReadAsync(cancellationToken)
                ? new ConsentStore.Entry(reader.GetGuid(0), reader.GetBoolean(1), Codes.Parse<ConsentAnswer>(reader.GetString(2)))
                : null;
        }
    }

    /// <summary>The entry written or found for the caregiver at <paramref name="position"/>, once read; none when there is none.</summary>
    public bool TryGet(int position, out ConsentStore.Entry? entry) => _entries.TryGetValue(position, out entry);
}
