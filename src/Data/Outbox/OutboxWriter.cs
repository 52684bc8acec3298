using System.Text.Json;
using Dapper;
using Npgsql;

namespace Waardering.Data.Outbox;

/// <summary>
/// Writes mails to the outbox inside the caller's transaction, so that a mail exists exactly
/// when the change that caused it was committed.
/// </summary>
public sealed class OutboxWriter
{
    public const string MessageIdDomain = "waardering.local";

    public async Task<Guid> AddAsync(NpgsqlTransaction transaction, OutboxMail mail, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        const string sql = """
            insert into outbox_mails (id, template, language, municipality_code, to_address, to_name, model, message_id, request_id, register_id)
            values (@id, @template, @language, @municipalityCode, @toAddress, @toName, cast(@model as jsonb), @messageId, @requestId, @registerId)
            """;
        await transaction.Connection!.ExecuteAsync(new CommandDefinition(sql, new
        {
            id,
            template = mail.Template,
            language = mail.Language,
            municipalityCode = mail.MunicipalityCode,
            toAddress = mail.ToAddress,
            toName = mail.ToName,
            model = JsonSerializer.Serialize(mail.Model),
            messageId = $"{id:N}@{MessageIdDomain}",
            requestId = mail.RequestId,
            registerId = mail.RegisterId,
        }, transaction, cancellationToken: cancellationToken));
        return id;
    }
}
