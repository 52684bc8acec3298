using NodaTime;
using Npgsql;
using Waardering.Data.Database;
using Waardering.Data.Mail;
using Waardering.Data.Outbox;

namespace Waardering.Data.Letters;

/// <summary>
/// Writes letters to the letter outbox inside the caller's transaction, like <see cref="OutboxWriter"/>
/// does for mails: a letter exists exactly when the change that caused it was committed, and waits
/// there until it is printed.
/// </summary>
public static class LetterWriter
{
    /// <summary>The letter dated <paramref name="now"/>, the service's clock (not the database's), like every other time it writes.</summary>
    public static async Task AddAsync(NpgsqlTransaction transaction, OutboxLetter letter, Instant now, CancellationToken cancellationToken)
    {
        var batch = new StatementBatch(transaction);
        Add(batch, [letter], now);
        await batch.ExecuteAsync(cancellationToken);
    }

    /// <summary>Several letters in one statement, sent with the other writes of its change.</summary>
    public static void Add(StatementBatch batch, IReadOnlyList<OutboxLetter> letters, Instant now)
    {
        if (letters.Count == 0)
        {
            return;
        }

        // A caregiver's letter gets the municipality's support on offer in its model, like the mail (ICaregiverMail).
        // The address lines go as one JSON array per letter: PostgreSQL has no arrays of arrays of different lengths.
        batch.Add($"""
            insert into outbox_letters (id, template, language, municipality_code, to_name, address_lines, model, request_id, register_id, created_at)
            select id, template, language, municipality_code, to_name, array(select jsonb_array_elements_text(cast(lines as jsonb))),
                case when with_support then cast(model as jsonb) || jsonb_build_object('support', {SupportOffers.Json("l.municipality_code")})
                else cast(model as jsonb) end,
                request_id, register_id, cast(@now as timestamptz)
            from unnest(@ids, @templates, @languages, @municipalityCodes, @toNames, @lines, @models, @requestIds, @registerIds, @withSupport)
                as l(id, template, language, municipality_code, to_name, lines, model, request_id, register_id, with_support)
            """,
            ("ids", letters.Select(_ => Guid.CreateVersion7()).ToArray()),
            ("templates", letters.Select(l => l.Template).ToArray()),
            ("languages", letters.Select(l => l.Language).ToArray()),
            ("municipalityCodes", letters.Select(l => l.MunicipalityCode).ToArray()),
            ("toNames", letters.Select(l => l.ToName).ToArray()),
            ("lines", letters.Select(l => System.Text.Json.JsonSerializer.Serialize(l.Address.Lines(l.ToName))).ToArray()),
            ("models", letters.Select(l => MailJson.Serialize(l.Model)).ToArray()),
            ("requestIds", letters.Select(l => l.RequestId).ToArray()),
            ("registerIds", letters.Select(l => l.RegisterId).ToArray()),
            ("withSupport", letters.Select(l => l.Model is ICaregiverMail).ToArray()),
            ("now", now));
    }
}
