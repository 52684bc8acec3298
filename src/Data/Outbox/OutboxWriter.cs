using Npgsql;
using Waardering.Data.Database;
using Waardering.Data.Mail;

namespace Waardering.Data.Outbox;

/// <summary>
/// Writes mails to the outbox inside the caller's transaction, so that a mail exists exactly
/// when the change that caused it was committed.
/// </summary>
public sealed class OutboxWriter
{
    public const string MessageIdDomain = "waardering.local";

    public async Task<Guid> AddAsync(NpgsqlTransaction transaction, OutboxMail mail, CancellationToken cancellationToken) =>
        (await AddAllAsync(transaction, [mail], cancellationToken))[0];

    /// <summary>Several mails in one statement: one round trip, whatever their number.</summary>
    public async Task<Guid[]> AddAllAsync(NpgsqlTransaction transaction, IReadOnlyList<OutboxMail> mails, CancellationToken cancellationToken)
    {
        var batch = new StatementBatch(transaction);
        var ids = Add(batch, mails);
        await batch.ExecuteAsync(cancellationToken);
        return ids;
    }

    /// <summary>The same statement, sent with the other writes of its change.</summary>
    public Guid[] Add(StatementBatch batch, IReadOnlyList<OutboxMail> mails)
    {
        if (mails.Count == 0)
        {
            return [];
        }

        var ids = mails.Select(_ => Guid.CreateVersion7()).ToArray();
        // A caregiver's mail gets the municipality's support on offer in its model, in the order set (ICaregiverMail).
        batch.Add($"""
            insert into outbox_mails (id, template, language, municipality_code, to_address, to_name, model, message_id, request_id, register_id)
            select id, template, language, municipality_code, to_address, to_name,
                case when with_support then cast(model as jsonb) || jsonb_build_object('support', {SupportOffers.Json("m.municipality_code")})
                else cast(model as jsonb) end,
                message_id, request_id, register_id
            from unnest(@ids, @templates, @languages, @municipalityCodes, @toAddresses, @toNames, @models, @messageIds, @requestIds,
                    @registerIds, @withSupport)
                as m(id, template, language, municipality_code, to_address, to_name, model, message_id, request_id, register_id, with_support)
            """,
            ("ids", ids),
            ("templates", mails.Select(m => m.Template).ToArray()),
            ("languages", mails.Select(m => m.Language).ToArray()),
            ("municipalityCodes", mails.Select(m => m.MunicipalityCode).ToArray()),
            ("toAddresses", mails.Select(m => m.ToAddress).ToArray()),
            ("toNames", mails.Select(m => m.ToName).ToArray()),
            ("models", mails.Select(m => MailJson.Serialize(m.Model)).ToArray()),
            ("messageIds", ids.Select(id => $"{id:N}@{MessageIdDomain}").ToArray()),
            ("requestIds", mails.Select(m => m.RequestId).ToArray()),
            ("registerIds", mails.Select(m => m.RegisterId).ToArray()),
            ("withSupport", mails.Select(m => m.Model is ICaregiverMail).ToArray()));
        return ids;
    }
}
