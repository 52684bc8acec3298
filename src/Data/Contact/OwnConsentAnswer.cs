using Dapper;
using NodaTime;
using Npgsql;
using Waardering.Domain.Contact;
using Waardering.Domain.Vocabulary;

namespace Waardering.Data.Contact;

/// <summary>A caregiver's own yes or no, in their application or to an officer, over any earlier answer.</summary>
public sealed partial class ConsentStore
{
    private sealed record OwnAnswer(
        string Municipality, byte[] Hash, bool Given, ConsentSource Source, Instant At, string Name, LocalDate BirthDate, string? Email,
        string Language, Guid RequestId, int Position);

    /// <summary>
    /// Records a caregiver's own answer over any earlier one. No after an earlier yes is a
    /// withdrawal: the register entry is emptied and waiting contact stops.
    /// </summary>
    private static async Task<Entry> RecordOwnAnswerAsync(NpgsqlTransaction transaction, OwnAnswer a, CancellationToken cancellationToken)
    {
        var before = await ConsentBeforeAsync(transaction, a.Municipality, a.Hash, cancellationToken);
        var consent = ConsentRules.Answer(a.Given, before);
        var row = await transaction.Connection!.QuerySingleAsync<(Guid Id, bool Inserted)>(new CommandDefinition("""
            insert into caregiver_register (id, municipality_code, identity_hash, consent, consent_source, consent_at,
                name, birth_date, email, language, last_request_id, last_position)
            values (@newId, @Municipality, @Hash, @consent, @source, @At, @name, @birthDate, @email, @Language, @RequestId, @Position)
            on conflict (municipality_code, identity_hash) do update set
                consent = excluded.consent, consent_source = excluded.consent_source, consent_at = excluded.consent_at,
                name = excluded.name, birth_date = excluded.birth_date, email = excluded.email, language = excluded.language,
                last_request_id = excluded.last_request_id, last_position = excluded.last_position
            returning id, xmax = 0
            """, new
            {
                newId = Guid.CreateVersion7(), a.Municipality, a.Hash, consent = consent.Code(), source = a.Source.Code(), a.At,
                a.Language, a.RequestId, a.Position,
                name = a.Given ? a.Name : null, birthDate = a.Given ? a.BirthDate : (LocalDate?)null, email = a.Given ? a.Email : null,
            }, transaction, cancellationToken: cancellationToken));
        if (before == ConsentAnswer.Given && !a.Given)
        {
            await StopContactAsync(transaction, row.Id, cancellationToken);
        }

        return new Entry(row.Id, row.Inserted, consent);
    }

    /// <summary>The consent recorded so far for this caregiver, if any; the row stays locked until the transaction ends.</summary>
    private static async Task<ConsentAnswer?> ConsentBeforeAsync(
        NpgsqlTransaction transaction, string municipality, byte[] hash, CancellationToken cancellationToken)
    {
        var code = await transaction.Connection!.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "select consent from caregiver_register where municipality_code = @municipality and identity_hash = @hash for update",
            new { municipality, hash }, transaction, cancellationToken: cancellationToken));
        return code is null ? null : Codes.Parse<ConsentAnswer>(code);
    }
}
