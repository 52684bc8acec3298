using System.Text.Json.Nodes;
using Dapper;
using Npgsql;
using Waardering.Data.Mail;

namespace Waardering.Data.Decisions;

/// <summary>
/// A mail a decision would write, as the outbox would hold it: template, language, addressee and
/// the model the Worker renders (with the municipality's support on offer). The model's links
/// with tokens are a placeholder: they are the caregiver's, not the officer's, and die with the preview.
/// </summary>
public sealed record PreviewMail(string Template, string Language, string? MunicipalityCode, string ToAddress, string? ToName, string ModelJson);

/// <summary>What deciding a request now would do (<see cref="DecisionWorkflow.PreviewAsync"/>): its outcome and its mails.</summary>
public sealed record DecisionPreview(DecisionOutcome Outcome, string? Reference, IReadOnlyList<PreviewMail> Mails)
{
    /// <summary>Stands where a mail has a personal link or code.</summary>
    public const string SecretPlaceholder = "[persoonlijke link]";

    internal static async Task<Guid[]> MailIdsAsync(NpgsqlTransaction transaction, Guid requestId, CancellationToken cancellationToken) =>
        (await transaction.Connection!.QueryAsync<Guid>(new CommandDefinition(
            "select id from outbox_mails where request_id = @requestId", new { requestId }, transaction,
            cancellationToken: cancellationToken))).ToArray();

    internal static Task<string?> ReferenceAsync(NpgsqlTransaction transaction, Guid requestId, CancellationToken cancellationToken) =>
        transaction.Connection!.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "select reference from requests where id = @requestId", new { requestId }, transaction, cancellationToken: cancellationToken));

    /// <summary>The request's mails written in this transaction after <paramref name="before"/> was read.</summary>
    internal static async Task<IReadOnlyList<PreviewMail>> MailsSinceAsync(
        NpgsqlTransaction transaction, Guid requestId, Guid[] before, CancellationToken cancellationToken)
    {
        var rows = await transaction.Connection!.QueryAsync<PreviewMail>(new CommandDefinition("""
            select template, language, municipality_code, to_address, to_name, model::text as model_json
            from outbox_mails where request_id = @requestId and not (id = any(@before))
            order by id
            """, new { requestId, before }, transaction, cancellationToken: cancellationToken));
        return rows.Select(m => m with { ModelJson = WithoutSecrets(m.Template, m.ModelJson) }).ToList();
    }

    private static string WithoutSecrets(string template, string modelJson)
    {
        var model = JsonNode.Parse(modelJson)!.AsObject();
        foreach (var (_, key) in MailSecrets.Keys.Where(k => k.Template == template))
        {
            if (model[key] is not null)
            {
                model[key] = SecretPlaceholder;
            }
        }

        return model.ToJsonString();
    }
}
